import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { historyResponseSchema, type HistoryEntry } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const historyQuery = (code: string, year: number, indicator?: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.reportHistory(code, year, indicator),
    queryFn: ({ signal, pageParam }) =>
      apiGet(apiPaths.reportHistory(code, year, indicator, pageParam), historyResponseSchema, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data): HistoryEntry[] => data.pages.flatMap((page) => page.entries),
    staleTime: 0,
  })

/** Every change of a report (or of one of its values), newest first, a page at a time ("Xem thêm"). */
export function useReportHistory(code: string, year: number, indicator?: string) {
  return useInfiniteQuery(historyQuery(code, year, indicator))
}
