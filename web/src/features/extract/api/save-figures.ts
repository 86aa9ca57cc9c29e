import { useMutation, useQueryClient } from '@tanstack/react-query'
import { importApplyResultSchema, importPreviewSchema, type TextFigure } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'
import { apiPaths } from '../../../lib/paths.ts'

/** What saving the accepted figures would change; writes nothing. */
export function usePreviewSave() {
  return useMutation({
    mutationFn: (figures: TextFigure[]) =>
      apiSend('POST', apiPaths.importText, { figures }, importPreviewSchema),
  })
}

/** Saves the previewed figures into the units' reports (a draft change, through the entry form's rules). */
export function useApplySave() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => apiSend('POST', apiPaths.importApply(id), {}, importApplyResultSchema),
    onSuccess: () => invalidateAfter(client, 'figures'),
  })
}
