import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export function useSaveSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { publicRead: boolean }) => apiSend('PUT', apiPaths.settings, body, z.unknown()),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.settings })
      await client.invalidateQueries({ queryKey: queryKeys.me }) // `me` carries publicRead too
    },
  })
}
