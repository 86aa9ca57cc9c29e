import { queryOptions, useQuery } from '@tanstack/react-query'
import { reportListResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const reportsQuery = (year: number) =>
  queryOptions({
    queryKey: queryKeys.reports(year),
    queryFn: ({ signal }) => apiGet(apiPaths.reports(year), reportListResponseSchema, signal),
    select: (data) => data.reports,
    staleTime: 0,
  })

/** Every unit's report of a year: status, how many values are filled, last update. */
export function useReports(year: number) {
  return useQuery(reportsQuery(year))
}
