import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reportResponseSchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { afterReportChange } from './after-change.ts'

/** City: send a submitted report back to the district with a reason. */
export function useReturnReport(code: string, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      apiSend('POST', apiPaths.reportAction(code, year, 'return'), body, reportResponseSchema),
    onSuccess: (report) => afterReportChange(client, report),
  })
}
