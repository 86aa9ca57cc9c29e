import { useState } from 'react'
import {
  areaClass,
  statusTexture,
  byCode,
  DistrictMap,
  MapInfo,
  MapLegend,
  type DistrictBoundaries,
  type MapDatum,
} from '../../../../components/map/index.ts'
import type { SlideOf } from '../../deck/slide-types.ts'

// Hà Nội is taller than wide: this box leaves the right half of the stage to the legend.
export const MAP_W = 470
export const MAP_H = 500

const TILE_GAP = 6

/** Side of a tile and columns so that `count` square tiles fill the map's box. */
export function tileGrid(count: number): { side: number; columns: number } {
  let best = { side: 0, columns: 1 }
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns)
    const side = Math.floor(
      Math.min((MAP_W - TILE_GAP * (columns - 1)) / columns, (MAP_H - TILE_GAP * (rows - 1)) / rows),
    )
    if (side > best.side) best = { side, columns }
  }
  return { side: Math.min(best.side, 72), columns: best.columns }
}

interface AreasProps {
  data: readonly MapDatum[]
  active: string | null
  onActive: (code: string | null) => void
}

/**
 * Units without boundaries (the commune and ward unions): one tile per unit in the status colours and
 * textures of the map, grouped by status. No invented geography; the legend and the info box say the rest.
 */
function UnitTiles({ data, active, onActive }: AreasProps) {
  const { side, columns } = tileGrid(data.length)
  return (
    <ul
      className="unit-tiles"
      aria-label="Mỗi ô là một đơn vị"
      style={{ gridTemplateColumns: `repeat(${columns}, ${side}px)`, gridAutoRows: side, gap: TILE_GAP }}
    >
      {data.map((d) => (
        <li
          key={d.code}
          className={`unit-tile map-swatch map-area--${d.status} map-texture--${statusTexture(d.status) ?? 'none'}`}
          data-code={d.code}
          data-active={active === d.code}
          tabIndex={0}
          aria-label={d.label}
          onPointerEnter={() => onActive(d.code)}
          onPointerLeave={() => onActive(null)}
          onFocus={() => onActive(d.code)}
          onBlur={() => onActive(null)}
        />
      ))}
    </ul>
  )
}

/**
 * The map slide: status bands of the lead indicator, on the district map or, for units without
 * boundaries, on a grid of tiles. Areas are focusable and show their figures, but a click never
 * leaves the deck (no link on a slide).
 */
export function MapSlide({ slide, geo }: { slide: SlideOf<'map'>; geo: DistrictBoundaries }) {
  const [active, setActive] = useState<string | null>(null)
  const index = byCode(slide.data)
  return (
    <div className="map-slide">
      <div className="map-slide__map">
        {slide.layout === 'map' ? (
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
        ) : (
          <UnitTiles data={slide.data} active={active} onActive={setActive} />
        )}
      </div>
      <div className="map-slide__side">
        <MapLegend mode="status" data={slide.data} classLabels={[]} valueHeading="" />
        <MapInfo
          datum={active === null ? undefined : index.get(active)}
          hint={
            slide.layout === 'map'
              ? 'Trỏ chuột hoặc nhấn Tab để xem từng quận, huyện.'
              : 'Trỏ chuột hoặc nhấn Tab để xem từng đơn vị.'
          }
        />
      </div>
    </div>
  )
}
