// Everything the deck shows, loaded before the first slide: the catalogue, the dashboards of the
// years the race adds (deckYears: the years of the deck's side of the 2025 change), the lead
// ranking and the map.
// After that, walking the slides makes no request at all.
import { useQueries, useQuery, type QueryObserverResult } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { yearPhase, type Dashboard, type DataBasis } from '@ldld/db/contracts'
import { indicatorsQuery } from '../../../api/get-indicators.ts'
import { yearsQuery } from '../../../api/get-years.ts'
import { organisationsQuery } from '../../../api/get-organisations.ts'
import { deckYears } from '../../../lib/unit-segments.ts'
import { useInBrowser } from '../../../lib/use-in-browser.ts'
import { boundariesQuery } from '../../../api/get-boundaries.ts'
import { type DistrictBoundaries } from '../../../components/map/index.ts'
import { LEAD_INDICATOR } from '../deck/build-deck.ts'
import type { DeckData } from '../deck/slide-types.ts'

/** No unit of a unions-only year has boundaries: every map slide is a grid of tiles. */
const NO_BOUNDARIES: DistrictBoundaries = { type: 'FeatureCollection', features: [] }
import { deckDashboardQuery, deckRankingQuery, faviconQuery, FROZEN } from './deck-queries.ts'

export type DeckLoad =
  | { state: 'pending' }
  | { state: 'error'; error: unknown; retry: () => void }
  | {
      state: 'ready'
      data: DeckData
      geo: DistrictBoundaries
      favicon: string | null
      /** The PowerPoint and PNG writers are loaded: downloads work without a network from then on. */
      exportsReady: boolean
    }

// Module-level, so react-query re-runs it only when a result changes and the array keeps its identity.
function combineDashboards(results: QueryObserverResult<Dashboard>[]) {
  return {
    data: results.every((r) => r.isSuccess) ? results.flatMap((r) => (r.data ? [r.data] : [])) : null,
    failed: results.filter((r) => r.isError),
  }
}

async function loadExporters(): Promise<true> {
  await Promise.all([
    import('../pptx/build-pptx.ts'),
    import('../../../lib/export/png.ts'),
    import('../../../lib/export/download.ts'),
  ])
  return true
}

/**
 * How long after the first slide the PowerPoint and PNG writers start loading: evaluating them (380 KB
 * with the zip library) is one long task, which would otherwise fall in the first seconds a presenter
 * swipes through the deck on a phone (issue 10 item 7). A download asked for before loads them itself.
 */
const EXPORTERS_AFTER_MS = 6_000

/** True from the first idle moment `delay` ms after `ready` holds. */
function useIdleAfter(ready: boolean, delay: number): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!ready || idle) return
    const fire = () => setIdle(true)
    let handle: number | undefined
    const timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function')
        handle = window.requestIdleCallback(fire, { timeout: 2_000 })
      else fire()
    }, delay)
    return () => {
      window.clearTimeout(timer)
      if (handle !== undefined) window.cancelIdleCallback(handle)
    }
  }, [ready, idle, delay])
  return idle
}

export function useDeckData(year: number, basis: DataBasis): DeckLoad {
  // A page drawn on the server is the deck's loading screen, painted with the first bytes (the stage
  // is scaled to the window, which the server has not); the deck's answers come with it, so the
  // browser asks for none of them again (issue 10 item 7: starting seven requests and checking two
  // dashboards were ~250 ms of a slow phone's main thread). The boundaries and the site icon are
  // static files, read by the browser.
  const inBrowser = useInBrowser()
  const years = useQuery({ ...yearsQuery(), ...FROZEN })
  const indicators = useQuery({ ...indicatorsQuery(), ...FROZEN })
  // The boundaries are the districts' (to 30/6/2025): a deck of commune and ward unions only draws
  // tiles and does not wait for them.
  const needsGeo = yearPhase(year) !== 'unions'
  const geo = useQuery({ ...boundariesQuery(), ...FROZEN, enabled: inBrowser && needsGeo })
  const geoData = needsGeo ? geo.data : NO_BOUNDARIES
  const ranking = useQuery(deckRankingQuery(LEAD_INDICATOR, year, basis))
  const favicon = useQuery({ ...faviconQuery(), enabled: inBrowser })
  const orgs = useQuery({ ...organisationsQuery(), ...FROZEN })
  const wanted = useMemo(
    () => (years.data && orgs.data ? deckYears(orgs.data, years.data.years, year) : null),
    [orgs.data, years.data, year],
  )
  const dashboards = useQueries({
    queries: wanted ? wanted.map((y) => deckDashboardQuery(y, basis)) : [],
    combine: combineDashboards,
  })
  const data = useMemo<DeckData | null>(
    () =>
      indicators.data && ranking.data !== undefined && wanted && dashboards.data
        ? { year, basis, catalogue: indicators.data, dashboards: dashboards.data, ranking: ranking.data }
        : null,
    [year, basis, indicators.data, ranking.data, wanted, dashboards.data],
  )
  const ready = inBrowser && data !== null && geoData !== undefined && favicon.data !== undefined
  // The PowerPoint and PNG writers too: in a hall whose Wi-Fi drops, the downloads must still work.
  // They load once the first slide is up and the browser is idle, so they never delay it on a phone
  // (issue 10 item 7). A download asked for before then loads them itself.
  const idle = useIdleAfter(ready, EXPORTERS_AFTER_MS)
  const exporters = useQuery({
    queryKey: ['deck', 'exporters'],
    queryFn: loadExporters,
    enabled: idle,
    ...FROZEN,
  })
  const failed = [years, orgs, indicators, geo, ranking, ...dashboards.failed].filter((q) => q.isError)
  if (failed.length > 0) {
    return { state: 'error', error: failed[0]?.error, retry: () => failed.forEach((q) => void q.refetch()) }
  }
  if (!ready || !data || !geoData || favicon.data === undefined) return { state: 'pending' }
  return { state: 'ready', data, geo: geoData, favicon: favicon.data, exportsReady: exporters.isSuccess }
}
