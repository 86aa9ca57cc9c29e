import { queryOptions, useQuery } from '@tanstack/react-query'
import { rankingResponseSchema, type DataBasis } from '@ldld/db/contracts'
import { apiGet } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

export const rankingQuery = (key: string, year: number, basis: DataBasis) =>
  queryOptions({
    queryKey: queryKeys.ranking(key, year, basis),
    queryFn: ({ signal }) => apiGet(apiPaths.ranking(key, year, basis), rankingResponseSchema, signal),
  })

/** One indicator's ranking of a year; an unknown key answers 404 (ApiError.isNotFound). */
export function useRanking(key: string, year: number, basis: DataBasis) {
  return useQuery(rankingQuery(key, year, basis))
}
