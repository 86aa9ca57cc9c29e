import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reportResponseSchema } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { afterReportChange } from './after-change.ts'

/** District: send the report to the city (422 report_incomplete lists what is missing). */
export function useSubmitReport(code: string, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (version: number) =>
      apiSend('POST', apiPaths.reportAction(code, year, 'submit'), { version }, reportResponseSchema),
    onSuccess: (report) => afterReportChange(client, report),
  })
}
