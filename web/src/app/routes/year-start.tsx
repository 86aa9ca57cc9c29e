import { Redirect } from '../../components/redirect.tsx'
import { currentReportingYear, defaultTargetYear } from '@ldld/db/contracts'
import { paths } from '../../lib/paths.ts'

/** /reports → the current reporting year's reports. */
export function ReportsStartRoute() {
  return <Redirect to={paths.reports(currentReportingYear(new Date()))} />
}

/** /targets → the year being planned (next year's from October). */
export function TargetsStartRoute() {
  return <Redirect to={paths.targets(defaultTargetYear(new Date()))} />
}
