import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import type { createIndicatorBodySchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'
import { apiPaths } from '../../../lib/paths.ts'

/** A new indicator in the plan from `firstYear` on; every cached catalogue and report must learn it. */
export function useCreateIndicator() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: z.output<typeof createIndicatorBodySchema>) =>
      apiSend('POST', apiPaths.indicators, body, z.unknown()),
    onSuccess: () => invalidateAfter(client, 'indicators'),
  })
}
