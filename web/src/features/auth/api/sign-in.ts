import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { meResponseSchema, type Me } from '@ldld/db/contracts'
import { apiSend, setCsrfToken } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

/** A new session: store it, and refetch everything else (what a user may do changed with the user). */
export async function adoptSession(client: QueryClient, me: Me): Promise<void> {
  setCsrfToken(me.csrfToken)
  client.setQueryData(queryKeys.me, me)
  await client.resetQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] })
}

export function useSignIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      apiSend('POST', apiPaths.login, body, meResponseSchema),
    onSuccess: (me) => adoptSession(client, me),
  })
}
