import { queryOptions, useQuery } from '@tanstack/react-query'
import { organisationsResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

export const organisationsQuery = () =>
  queryOptions({
    queryKey: queryKeys.organisations,
    queryFn: ({ signal }) => apiGet(apiPaths.organisations, organisationsResponseSchema, signal),
    select: (data) => data.organisations,
    staleTime: Infinity,
  })

export function useOrganisations() {
  return useQuery(organisationsQuery())
}
