import { useMutation, useQueryClient } from '@tanstack/react-query'
import { importApplyResultSchema, importPreviewSchema, type ImportMapping } from '@ldld/db/contracts'
import { apiSend, apiUpload } from '../../../lib/api-client.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'
import { apiPaths } from '../../../lib/paths.ts'

/** Upload a file: the answer is a preview, nothing is written. */
export function useImportPreview() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.set('file', file)
      return apiUpload(apiPaths.imports, form, importPreviewSchema)
    },
  })
}

/** The corrected mapping of another layout: a new preview. */
export function useImportMapping() {
  return useMutation({
    mutationFn: ({ id, mapping }: { id: string; mapping: ImportMapping }) =>
      apiSend('POST', apiPaths.importMapping(id), { mapping }, importPreviewSchema),
  })
}

/** Write the preview; a 409 (ImportConflictError) names the cells someone changed since. */
export function useApplyImport() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => apiSend('POST', apiPaths.importApply(id), {}, importApplyResultSchema),
    onSuccess: () => invalidateAfter(client, 'figures'),
  })
}
