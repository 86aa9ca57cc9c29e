import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reportResponseSchema, type SaveReportBody } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { afterReportChange } from './after-change.ts'

/** PUT the changed values with the version they were based on; a stale version fails with ConflictError. */
export function useSaveReport(code: string, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: SaveReportBody) =>
      apiSend('PUT', apiPaths.reportValues(code, year), body, reportResponseSchema),
    onSuccess: (report) => afterReportChange(client, report),
  })
}
