import { useMutation, useQueryClient } from '@tanstack/react-query'
import { bulkCreateResponseSchema, bulkPreviewResponseSchema, type BulkAccountRow } from '@ldld/db/contracts'
import { apiSend, apiUpload } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'

/** Step 1: the file goes up, every row comes back with its problems; nothing is written. */
export function useBulkPreview() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.append('file', file)
      return apiUpload(apiPaths.bulkAccountsPreview, form, bulkPreviewResponseSchema)
    },
  })
}

/** Step 2: the previewed rows are created, all or none; the answer holds the one-time passwords. */
export function useCreateBulkAccounts() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (rows: BulkAccountRow[]) =>
      apiSend('POST', apiPaths.bulkAccounts, { rows }, bulkCreateResponseSchema),
    onSuccess: () => invalidateAfter(client, 'users'),
  })
}
