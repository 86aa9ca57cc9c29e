import { useEffect } from 'react'
import { projectDistricts, type DistrictBoundaries } from '../../../components/map/index.ts'
import { MAP_H, MAP_W } from '../components/slides/map-slide.tsx'

/** Runs work when the page is idle; Safari (and the test DOM) lack requestIdleCallback, a timeout will do. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work)
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(work, 300)
  return () => window.clearTimeout(id)
}

/**
 * Once the first slide is up: marks the moment for `pnpm bench` (tests/bench/present.ts), then
 * projects the map while the presenter talks, so the map slide opens as fast as the others.
 */
export function useDeckWarmup(geo: DistrictBoundaries): void {
  useEffect(() => {
    const frame = requestAnimationFrame(() => performance.mark('present:first-slide'))
    // A unions-only deck has no boundaries to project.
    const cancelIdle =
      geo.features.length > 0 ? whenIdle(() => projectDistricts(geo, MAP_W, MAP_H)) : () => {}
    return () => {
      cancelAnimationFrame(frame)
      cancelIdle()
    }
  }, [geo])
}
