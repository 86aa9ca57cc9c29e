import { Navigate } from 'react-router'
import { currentReportingYear, defaultTargetYear } from '@ldld/db/contracts'
import { paths } from '../../lib/paths.ts'

/** /reports → the current reporting year's reports. */
export function ReportsStartRoute() {
  return <Navigate replace to={paths.reports(currentReportingYear(new Date()))} />
}

/** /targets → the year being planned (next year's from October). */
export function TargetsStartRoute() {
  return <Navigate replace to={paths.targets(defaultTargetYear(new Date()))} />
}
