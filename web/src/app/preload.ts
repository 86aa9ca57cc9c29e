// Preloading what the first paint needs (issue 10 item 7): the read pages' queries start with the
// app's first script, in parallel, instead of one after another as components mount (years, then the
// dashboard; the session check no longer delays them). The same query options as the pages, so the
// pages find the answers in the cache.
import type { QueryClient } from '@tanstack/react-query'
import { dashboardQuery } from '../api/get-dashboard.ts'
import { indicatorsQuery } from '../api/get-indicators.ts'
import { organisationsQuery } from '../api/get-organisations.ts'
import { rankingQuery } from '../api/get-ranking.ts'
import { seriesQuery } from '../api/get-series.ts'
import { yearsQuery } from '../api/get-years.ts'
import { meQuery } from '../features/auth/index.ts'
import { parseDataBasis } from '../lib/data-basis.ts'
import { parseYearParam } from '../lib/year-param.ts'

export function preloadFirstPaint(
  client: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
): void {
  const search = new URLSearchParams(location.search)
  const basis = parseDataBasis(search.get('data'))
  const year = parseYearParam(search.get('year'))
  const path = location.pathname
  // Every page's header says who is signed in: asked for at once, beside the page's own data.
  void client.prefetchQuery(meQuery())
  const readPage = path === '/' || path.startsWith('/indicators/') || path.startsWith('/districts/')
  if (!readPage) return
  // A 401 (public view off) is the sign-in redirect's business: preloading never throws.
  void client.prefetchQuery(yearsQuery())
  void client.prefetchQuery(indicatorsQuery())
  void client.prefetchQuery(organisationsQuery())
  const indicator = /^\/indicators\/([^/]+)$/.exec(path)?.[1]
  const unit = /^\/districts\/([^/]+)$/.exec(path)?.[1]
  if (path === '/' && year.kind === 'valid') void client.prefetchQuery(dashboardQuery(year.year, basis))
  if (indicator && year.kind === 'valid')
    void client.prefetchQuery(rankingQuery(decodeURIComponent(indicator), year.year, basis))
  if (unit) void client.prefetchQuery(seriesQuery(decodeURIComponent(unit), basis))
}
