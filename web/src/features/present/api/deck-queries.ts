// Query options of what the deck reads. The keys are the app's (lib/query-keys.ts), so the cache
// is shared with the overview and indicator pages; the options are written here because features
// do not import each other.
import { queryOptions } from '@tanstack/react-query'
import { rankingResponseSchema, type DataBasis } from '@ldld/db/contracts'
import { dashboardQuery } from '../../../api/get-dashboard.ts'
import { apiGet, isNotFound } from '../../../lib/api-client.ts'
import { apiPaths, assetPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

/**
 * Once the deck is loaded nothing may change under the presenter: no refetch on focus, on
 * reconnect or on a later mount, and nothing is evicted while the deck is open.
 */
export const FROZEN = {
  staleTime: Infinity,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  refetchOnMount: false,
} as const

export const deckDashboardQuery = (year: number, basis: DataBasis) =>
  queryOptions({ ...dashboardQuery(year, basis), ...FROZEN })

/** The ranking of the lead indicator; an indicator the server does not know (404) just drops the slide. */
export const deckRankingQuery = (key: string, year: number, basis: DataBasis) =>
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
    ...FROZEN,
  })

/**
 * The site icon as a data URL (see hooks/use-inline-favicon.ts). A plain fetch: it is an SVG file,
 * not a JSON resource of the API. Without it the deck still works, so a failure gives null.
 */
export const faviconQuery = () =>
  queryOptions({
    queryKey: ['asset', 'favicon'] as const,
    queryFn: async ({ signal }) => {
      try {
        const response = await fetch(assetPaths.favicon, { signal })
        return response.ok ? `data:image/svg+xml,${encodeURIComponent(await response.text())}` : null
      } catch {
        return null
      }
    },
    ...FROZEN,
  })
