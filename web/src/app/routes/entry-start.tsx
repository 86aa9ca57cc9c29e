import { useParams } from 'react-router'
import { EntryStart } from '../../features/entry/index.ts'

/** Lazy-loaded route: /entry/:code → the unit's default year. */
export default function EntryStartRoute() {
  const { code = '' } = useParams()
  return <EntryStart code={code} />
}
