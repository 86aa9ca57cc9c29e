import { queryOptions, useQuery } from '@tanstack/react-query'
import { rankingResponseSchema } from '@ldld/db/contracts'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

export const rankingQuery = (key: string, year: number) =>
  queryOptions({
    queryKey: queryKeys.ranking(key, year),
    queryFn: ({ signal }) => apiGet(apiPaths.ranking(key, year), rankingResponseSchema, signal),
  })

/** Districts ranked on one indicator in one year; an unknown key answers 404. */
export function useRanking(key: string, year: number) {
  return useQuery(rankingQuery(key, year))
}
