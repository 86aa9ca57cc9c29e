import { useParams } from 'react-router'
import { EntryView } from '../../features/entry/index.ts'
import { YearRoute } from './year-route.tsx'

/** Lazy-loaded route: /entry/:code/:year. */
export default function EntryRoute() {
  const { code = '' } = useParams()
  return <YearRoute>{(year) => <EntryView key={`${code}-${year}`} code={code} year={year} />}</YearRoute>
}
