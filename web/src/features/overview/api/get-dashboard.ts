import { queryOptions, useQuery } from '@tanstack/react-query'
import { dashboardResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const dashboardQuery = (year: number) =>
  queryOptions({
    queryKey: queryKeys.dashboard(year),
    queryFn: ({ signal }) => apiGet(apiPaths.dashboard(year), dashboardResponseSchema, signal),
  })

/** Every district × indicator cell and the city totals of one year. */
export function useDashboard(year: number) {
  return useQuery(dashboardQuery(year))
}
