import { queryOptions, useQuery } from '@tanstack/react-query'
import { predecessorsResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

export const predecessorsQuery = () =>
  queryOptions({
    // Under the organisations key: whatever invalidates the unit list (an import) invalidates this too.
    queryKey: queryKeys.predecessors,
    queryFn: ({ signal }) => apiGet(apiPaths.predecessors, predecessorsResponseSchema, signal),
    select: (data) => data.links,
    staleTime: Infinity,
  })

/** Which unit took over members from which (the 2025 change): a unit's page links both ways. */
export function usePredecessors() {
  return useQuery(predecessorsQuery())
}
