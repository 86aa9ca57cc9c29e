import { useParams } from 'react-router'
import { EntryHistoryView } from '../../features/entry/index.ts'
import { YearRoute } from './year-route.tsx'

/** Lazy-loaded route: /entry/:code/:year/history. */
export default function EntryHistoryRoute() {
  const { code = '' } = useParams()
  return <YearRoute>{(year) => <EntryHistoryView code={code} year={year} />}</YearRoute>
}
