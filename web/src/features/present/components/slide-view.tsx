import type { DistrictBoundaries } from '../../../components/map/index.ts'
import type { SlideSpec } from '../deck/slide-types.ts'
import { SlideFrame } from './slide-frame.tsx'
import { DistrictBars } from './slides/district-bars.tsx'
import { IndicatorLead } from './slides/indicator-lead.tsx'
import { LeadersSlide } from './slides/leaders-slide.tsx'
import { MapSlide } from './slides/map-slide.tsx'
import { RaceSlide } from './slides/race-slide.tsx'
import { TitleSlide } from './slides/title-slide.tsx'
import { TotalsSlide } from './slides/totals-slide.tsx'

interface SlideViewProps {
  slide: SlideSpec
  number: number
  total: number
  geo: DistrictBoundaries
  racePaused: boolean
  onRacePause: (paused: boolean) => void
}

/** Lays out one prepared slide; every kind shares the frame (title, notes, number). */
export function SlideView({ slide, number, total, geo, racePaused, onRacePause }: SlideViewProps) {
  const frame = { number, total }
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} {...frame} />
    case 'totals':
      return (
        <SlideFrame slide={slide} {...frame}>
          <TotalsSlide items={slide.items} />
        </SlideFrame>
      )
    case 'indicator':
      return (
        <SlideFrame
          slide={slide}
          {...frame}
          lead={<IndicatorLead counts={slide.counts} targets={slide.bars.some((b) => b.target !== null)} />}
        >
          <DistrictBars bars={slide.bars} scaleMax={slide.scaleMax} order={slide.order} />
        </SlideFrame>
      )
    case 'value':
      return (
        <SlideFrame
          slide={slide}
          {...frame}
          lead={<p className="slide__lead">{slide.summary.join(' · ')}</p>}
        >
          <DistrictBars bars={slide.bars} scaleMax={slide.scaleMax} order={slide.order} neutral />
        </SlideFrame>
      )
    case 'leaders':
      return (
        <SlideFrame slide={slide} {...frame}>
          <LeadersSlide slide={slide} />
        </SlideFrame>
      )
    case 'map':
      return (
        <SlideFrame slide={slide} {...frame}>
          <MapSlide slide={slide} geo={geo} />
        </SlideFrame>
      )
    case 'race':
      return (
        <SlideFrame slide={slide} {...frame}>
          <RaceSlide slide={slide} paused={racePaused} onPause={onRacePause} />
        </SlideFrame>
      )
  }
}
