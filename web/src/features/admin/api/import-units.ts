import { useMutation, useQueryClient } from '@tanstack/react-query'
import { unitImportPreviewSchema, unitImportResultSchema, type UnitImportMode } from '@ldld/db/contracts'
import { apiUpload } from '../../../lib/api-client.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'
import { apiPaths } from '../../../lib/paths.ts'

export interface UnitImportInput {
  file: File
  mode: UnitImportMode
}

function form({ file, mode }: UnitImportInput, revision?: string): FormData {
  const data = new FormData()
  data.set('mode', mode)
  if (revision) data.set('revision', revision)
  data.set('file', file)
  return data
}

/** What the file would do; writes nothing. */
export function usePreviewUnitImport() {
  return useMutation({
    mutationFn: (input: UnitImportInput) =>
      apiUpload(apiPaths.unitImportPreview, form(input), unitImportPreviewSchema),
  })
}

/** Applies the previewed file; refused (409) when the unit list changed since the preview. */
export function useApplyUnitImport() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ revision, ...input }: UnitImportInput & { revision: string }) =>
      apiUpload(apiPaths.unitImport, form(input, revision), unitImportResultSchema),
    onSuccess: () => invalidateAfter(client, 'units'),
  })
}
