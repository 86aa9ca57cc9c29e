import { queryOptions, useQuery } from '@tanstack/react-query'
import { yearsResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

export const yearsQuery = () =>
  queryOptions({
    queryKey: queryKeys.years,
    queryFn: ({ signal }) => apiGet(apiPaths.years, yearsResponseSchema, signal),
  })

/** Years that have figures, and the latest one (the default view). */
export function useYears() {
  return useQuery(yearsQuery())
}
