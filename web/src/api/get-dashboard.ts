import { queryOptions, useQuery } from '@tanstack/react-query'
import { dashboardResponseSchema, type DataBasis } from '@ldld/db/contracts'
import { apiGet } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

/** The one dashboard query: the overview, the print report and the deck share its key and cache. */
export const dashboardQuery = (year: number, basis: DataBasis) =>
  queryOptions({
    queryKey: queryKeys.dashboard(year, basis),
    queryFn: ({ signal }) => apiGet(apiPaths.dashboard(year, basis), dashboardResponseSchema, signal),
  })

/** Every unit × indicator cell, the coverage and the city totals of one year, on one basis. */
export function useDashboard(year: number, basis: DataBasis) {
  return useQuery(dashboardQuery(year, basis))
}
