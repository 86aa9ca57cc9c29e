import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { meResponseSchema } from '@ldld/db/contracts'
import { apiGet, setCsrfToken } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const meQuery = () =>
  queryOptions({
    queryKey: queryKeys.me,
    queryFn: async ({ signal }) => {
      const me = await apiGet(apiPaths.me, meResponseSchema, signal)
      setCsrfToken(me.csrfToken)
      return me
    },
    staleTime: 60_000,
  })

/**
 * A page drawn by the server brings the session's answer with it (no request, so the query above
 * never ran): its CSRF token is taken from there, or the reader's first write would be refused.
 */
export function adoptSession(client: QueryClient): void {
  const me = client.getQueryData(meQuery().queryKey)
  if (me) setCsrfToken(me.csrfToken)
}

/** Who is signed in (user null when nobody), the CSRF token for writes, and whether reading is public. */
export function useMe() {
  return useQuery(meQuery())
}
