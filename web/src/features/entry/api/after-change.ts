import type { QueryClient } from '@tanstack/react-query'
import type { Report } from '@ldld/db/contracts'
import { invalidateAfter } from '../../../lib/invalidation.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

/** The answer is the report as it now stands; everything else that shows figures is stale. */
export function afterReportChange(client: QueryClient, report: Report): Promise<void> {
  const key = queryKeys.report(report.unit, report.year)
  client.setQueryData(key, report)
  return invalidateAfter(client, 'figures', key)
}
