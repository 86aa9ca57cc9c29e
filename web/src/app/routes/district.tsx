import { useParams } from 'react-router'
import { DataBasisSwitch } from '../../components/data-basis-switch.tsx'
import { DistrictView } from '../../features/district/index.ts'
import { useDataBasis } from '../../lib/data-basis.ts'

/** Lazy-loaded route: /districts/:code?data=. */
export default function DistrictRoute() {
  const { code = '' } = useParams()
  const [basis, setBasis] = useDataBasis()
  return (
    <DistrictView
      key={code}
      code={code}
      basis={basis}
      basisSwitch={<DataBasisSwitch value={basis} onChange={setBasis} />}
    />
  )
}
