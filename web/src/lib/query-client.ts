import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client.ts'

/**
 * An answer got this recently is not asked for again when a page mounts, even by a query that is
 * stale at once (`staleTime: 0`: the entry form, targets, report list). Above all the answers a
 * server-drawn page arrives with: asking again while React is still taking the page over made it
 * take the whole table in one task (600 inputs: ~300 ms on a slow phone; issue 10 item 7). An
 * invalidated answer (after a write) is always asked again.
 */
export const JUST_FETCHED_MS = 5_000

/** Figures change once a year: cache generously, and never retry an answer the server meant (4xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        refetchOnMount: (query) =>
          query.state.isInvalidated || Date.now() - query.state.dataUpdatedAt >= JUST_FETCHED_MS,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
          return failureCount < 2
        },
      },
    },
  })
}
