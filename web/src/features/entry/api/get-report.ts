import { queryOptions, useQuery } from '@tanstack/react-query'
import { reportResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const reportQuery = (code: string, year: number) =>
  queryOptions({
    queryKey: queryKeys.report(code, year),
    queryFn: ({ signal }) => apiGet(apiPaths.reportValues(code, year), reportResponseSchema, signal),
    // Someone else may be editing: always ask again when the page opens.
    staleTime: 0,
  })

/** One unit's report for a year: values, checks, status and what this user may do. */
export function useReport(code: string, year: number, enabled = true) {
  return useQuery({ ...reportQuery(code, year), enabled })
}
