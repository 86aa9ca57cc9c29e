import { queryOptions, useQuery } from '@tanstack/react-query'
import { rankingResponseSchema, type DataBasis } from '@ldld/db/contracts'
import { apiGet, isNotFound } from '../lib/api-client.ts'
import { apiPaths } from '../lib/paths.ts'
import { queryKeys } from '../lib/query-keys.ts'

export const rankingQuery = (key: string, year: number, basis: DataBasis) =>
  queryOptions({
    queryKey: queryKeys.ranking(key, year, basis),
    queryFn: ({ signal }) => apiGet(apiPaths.ranking(key, year, basis), rankingResponseSchema, signal),
  })

/**
 * The same ranking where an indicator the server does not know (404) is null rather than an error
 * (the deck drops the slide). Its own key under the ranking's, so a write that stales rankings
 * stales it too.
 */
export const rankingOrNullQuery = (key: string, year: number, basis: DataBasis) =>
  queryOptions({
    queryKey: [...queryKeys.ranking(key, year, basis), 'or-null'] as const,
    queryFn: async ({ signal }) => {
      try {
        return await apiGet(apiPaths.ranking(key, year, basis), rankingResponseSchema, signal)
      } catch (error) {
        if (isNotFound(error)) return null
        throw error
      }
    },
  })

/** One indicator's ranking of a year; an unknown key answers 404 (ApiError.isNotFound). */
export function useRanking(key: string, year: number, basis: DataBasis) {
  return useQuery(rankingQuery(key, year, basis))
}
