import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reportResponseSchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { afterReportChange } from './after-change.ts'

/** City: accept a submitted report, which locks it. */
export function useAcceptReport(code: string, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (version: number) =>
      apiSend('POST', apiPaths.reportAction(code, year, 'accept'), { version }, reportResponseSchema),
    onSuccess: (report) => afterReportChange(client, report),
  })
}
