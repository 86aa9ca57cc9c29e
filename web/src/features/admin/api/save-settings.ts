import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'

export function useSaveSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { publicRead: boolean }) => apiSend('PUT', apiPaths.settings, body, z.unknown()),
    onSuccess: () => invalidateAfter(client, 'settings'),
  })
}
