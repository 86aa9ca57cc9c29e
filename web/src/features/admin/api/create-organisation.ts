import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { organisationSchema, type createOrganisationBodySchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'
import { apiPaths } from '../../../lib/paths.ts'

export function useCreateOrganisation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: z.output<typeof createOrganisationBodySchema>) =>
      apiSend('POST', apiPaths.organisations, body, organisationSchema),
    onSuccess: () => invalidateAfter(client, 'units'),
  })
}
