import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import type { Me } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { adoptSession } from './sign-in.ts'

export function useSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => apiSend('POST', apiPaths.logout, undefined, z.unknown()),
    // Even if the request failed the user asked to leave: forget the session on this side.
    onSettled: () => {
      const publicRead = client.getQueryData<Me>(queryKeys.me)?.publicRead ?? false
      return adoptSession(client, { user: null, csrfToken: null, publicRead })
    },
  })
}
