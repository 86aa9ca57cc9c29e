import { queryOptions, useQuery } from '@tanstack/react-query'
import { targetsResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const targetsQuery = (year: number) =>
  queryOptions({
    queryKey: queryKeys.targets(year),
    queryFn: ({ signal }) => apiGet(apiPaths.targets(year), targetsResponseSchema, signal),
    staleTime: 0,
  })

/** The district × indicator target grid of a year, last year's targets, and the city's own targets. */
export function useTargets(year: number) {
  return useQuery(targetsQuery(year))
}
