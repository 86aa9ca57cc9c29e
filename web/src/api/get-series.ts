import { queryOptions, useQuery } from '@tanstack/react-query'
import { seriesResponseSchema, type DataBasis } from '@ldld/db/contracts'
import { apiGet } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

export const seriesQuery = (code: string, basis: DataBasis) =>
  queryOptions({
    queryKey: queryKeys.series(code, basis),
    queryFn: ({ signal }) => apiGet(apiPaths.series(code, basis), seriesResponseSchema, signal),
  })

/** All years of one district; an unknown code answers 404 (ApiError.isNotFound). */
export function useSeries(code: string, basis: DataBasis) {
  return useQuery(seriesQuery(code, basis))
}
