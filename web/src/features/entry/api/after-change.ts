import type { QueryClient } from '@tanstack/react-query'
import type { Report } from '@ldld/db/contracts'
import { queryKeys } from '../../../lib/query-keys.ts'

/** Queries that show figures or report status: stale after any change of a report. */
const DEPENDENT = new Set(['report-history', 'reports', 'targets', 'dashboard', 'series', 'ranking'])

export function afterReportChange(client: QueryClient, report: Report): Promise<void> {
  client.setQueryData(queryKeys.report(report.unit, report.year), report)
  return client.invalidateQueries({ predicate: (query) => DEPENDENT.has(String(query.queryKey[0])) })
}
