import { useEffect, useState } from 'react'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import { yieldToBrowser } from '../../../lib/yield-to-browser.ts'
import { deckSteps } from '../deck/build-deck.ts'
import type { DeckData, SlideSpec } from '../deck/slide-types.ts'

interface Built {
  data: DeckData
  geo: DistrictBoundaries
  slides: SlideSpec[]
}

/** The codes of units the boundaries can draw. */
export const boundedCodes = (geo: DistrictBoundaries): Set<string> =>
  new Set(geo.features.map((f) => f.properties.gso_code))

/**
 * The deck's slides, built a slide per task once its answers are in (null until then): the texts
 * of twenty-odd slides for 126 units were one ~200 ms task on a slow phone (issue 10 item 7). The
 * same slides as `buildDeck`, in the same order; new answers start a new build.
 */
export function useBuiltDeck(data: DeckData | null, geo: DistrictBoundaries | undefined): SlideSpec[] | null {
  const [built, setBuilt] = useState<Built | null>(null)
  useEffect(() => {
    if (!data || !geo) return
    let stopped = false
    const steps = deckSteps(data, boundedCodes(geo))
    void (async () => {
      const slides: SlideSpec[] = []
      for (const step of steps) {
        await yieldToBrowser()
        if (stopped) return
        const slide = step()
        if (slide) slides.push(slide)
      }
      if (!stopped) setBuilt({ data, geo, slides })
    })()
    return () => {
      stopped = true
    }
  }, [data, geo])
  return built && built.data === data && built.geo === geo ? built.slides : null
}
