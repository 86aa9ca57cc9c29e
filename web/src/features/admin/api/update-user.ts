import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { userWithPasswordSchema, type updateUserBodySchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'

/** Deactivate, reactivate, reset the password, change role or unit. */
export function useUpdateUser() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & z.output<typeof updateUserBodySchema>) =>
      apiSend('PATCH', apiPaths.user(id), body, userWithPasswordSchema),
    onSuccess: () => invalidateAfter(client, 'users'),
  })
}
