import { queryOptions, useQuery } from '@tanstack/react-query'
import { historyResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const historyQuery = (code: string, year: number, indicator?: string) =>
  queryOptions({
    queryKey: queryKeys.reportHistory(code, year, indicator),
    queryFn: ({ signal }) =>
      apiGet(apiPaths.reportHistory(code, year, indicator), historyResponseSchema, signal),
    select: (data) => data.entries,
    staleTime: 0,
  })

/** Every change of a report (or of one of its values): who, when, old → new, note. */
export function useReportHistory(code: string, year: number, indicator?: string) {
  return useQuery(historyQuery(code, year, indicator))
}
