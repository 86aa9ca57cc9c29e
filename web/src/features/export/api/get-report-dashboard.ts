import { queryOptions, useQuery } from '@tanstack/react-query'
import { dashboardResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

// Same key and fetcher as the overview's dashboard query (shared cache); written here because
// features do not import each other.
export const reportDashboardQuery = (year: number) =>
  queryOptions({
    queryKey: queryKeys.dashboard(year),
    queryFn: ({ signal }) => apiGet(apiPaths.dashboard(year), dashboardResponseSchema, signal),
  })

export function useReportDashboard(year: number) {
  return useQuery(reportDashboardQuery(year))
}
