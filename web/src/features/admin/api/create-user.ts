import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { userWithPasswordSchema, type createUserBodySchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'

export function useCreateUser() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: z.output<typeof createUserBodySchema>) =>
      apiSend('POST', apiPaths.users, body, userWithPasswordSchema),
    onSuccess: () => invalidateAfter(client, 'users'),
  })
}
