// Query options of what the deck reads: the app's queries (web/src/api), frozen. The keys are the
// app's, so the cache is shared with the overview and indicator pages.
import { queryOptions } from '@tanstack/react-query'
import type { DataBasis } from '@ldld/db/contracts'
import { dashboardQuery } from '../../../api/get-dashboard.ts'
import { rankingOrNullQuery } from '../../../api/get-ranking.ts'
import { assetPaths } from '../../../lib/paths.ts'

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
  queryOptions({ ...rankingOrNullQuery(key, year, basis), ...FROZEN })

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
