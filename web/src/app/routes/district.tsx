import { useParams } from 'react-router'
import { DistrictView } from '../../features/district/index.ts'

/** Lazy-loaded route: /districts/:code. */
export default function DistrictRoute() {
  const { code = '' } = useParams()
  return <DistrictView key={code} code={code} />
}
