import { useMutation, useQueryClient } from '@tanstack/react-query'
import { meResponseSchema, type ChangePasswordBody } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { adoptSession } from './sign-in.ts'

/** The user's own password; the answer is a new session for this browser (the others end). */
export function useChangePassword() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ChangePasswordBody) =>
      apiSend('POST', apiPaths.changePassword, body, meResponseSchema),
    onSuccess: (me) => adoptSession(client, me),
  })
}
