import { useState } from 'react'
import {
  areaClass,
  statusTexture,
  byCode,
  DistrictMap,
  MapInfo,
  MapLegend,
  type DistrictBoundaries,
} from '../../../../components/map/index.ts'
import type { SlideOf } from '../../deck/slide-types.ts'

// Hà Nội is taller than wide: this box leaves the right half of the stage to the legend.
export const MAP_W = 470
export const MAP_H = 540

/**
 * The map slide: status bands of the lead indicator. Districts are focusable and show their
 * figures, but a click never leaves the deck (no link on a slide).
 */
export function MapSlide({ slide, geo }: { slide: SlideOf<'map'>; geo: DistrictBoundaries }) {
  const [active, setActive] = useState<string | null>(null)
  const index = byCode(slide.data)
  return (
    <div className="map-slide">
      <div className="map-slide__map">
        <DistrictMap
          geo={geo}
          width={MAP_W}
          height={MAP_H}
          data={index}
          fillOf={(d) => areaClass('status', d?.status ?? 'no_data', null, [])}
          textureOf={(d) => statusTexture(d?.status)}
          active={active}
          onActive={setActive}
          title={slide.title}
        />
      </div>
      <div className="map-slide__side">
        <MapLegend mode="status" data={slide.data} classLabels={[]} valueHeading="" />
        <MapInfo
          datum={active === null ? undefined : index.get(active)}
          hint="Trỏ chuột hoặc nhấn Tab để xem từng quận, huyện."
        />
      </div>
    </div>
  )
}
