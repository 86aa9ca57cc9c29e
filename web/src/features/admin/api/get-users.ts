import { queryOptions, useQuery } from '@tanstack/react-query'
import { usersResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const usersQuery = () =>
  queryOptions({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => apiGet(apiPaths.users, usersResponseSchema, signal),
    select: (data) => data.users,
  })

export function useUsers() {
  return useQuery(usersQuery())
}
