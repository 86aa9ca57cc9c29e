import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reportResponseSchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { afterReportChange } from './after-change.ts'

/** City: reopen an accepted (locked) report for correction, with a reason kept in its history. */
export function useUnlockReport(code: string, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      apiSend('POST', apiPaths.reportAction(code, year, 'unlock'), body, reportResponseSchema),
    onSuccess: (report) => afterReportChange(client, report),
  })
}
