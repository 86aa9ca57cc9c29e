import { queryOptions, useQuery } from '@tanstack/react-query'
import { indicatorsResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: queryKeys.indicators,
    queryFn: ({ signal }) => apiGet(apiPaths.indicators, indicatorsResponseSchema, signal),
    select: (data) => [...data.indicators].sort((a, b) => a.sortOrder - b.sortOrder),
    staleTime: Infinity,
  })

/** The indicator catalogue, in the city's order. */
export function useIndicators() {
  return useQuery(indicatorsQuery())
}
