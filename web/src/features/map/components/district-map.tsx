import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { useNavigate } from 'react-router'
import type { MapDatum } from '../datum.ts'
import type { DistrictBoundaries } from '../geo-schema.ts'
import { projectDistricts } from '../project.ts'

interface DistrictMapProps {
  geo: DistrictBoundaries
  width: number
  height: number
  data: ReadonlyMap<string, MapDatum>
  /** CSS class of an area from its datum (status band or value class). */
  fillOf: (datum: MapDatum | undefined) => string
  /** When given, each district is a link (click or Enter); on a slide it is not, so a click never leaves the deck. */
  hrefFor?: (code: string) => string
  active: string | null
  onActive: (code: string | null) => void
  /** What the whole map shows, for screen readers. */
  title: string
}

/** Choropleth of the districts: every area is focusable and names its district and figure. */
export function DistrictMap({
  geo,
  width,
  height,
  data,
  fillOf,
  hrefFor,
  active,
  onActive,
  title,
}: DistrictMapProps) {
  const navigate = useNavigate()
  const shapes = useMemo(() => projectDistricts(geo, width, height), [geo, width, height])
  const lastPointer = useRef<string>('mouse')
  const open = (code: string) => {
    if (hrefFor) void navigate(hrefFor(code))
  }
  const onClick = (code: string) => {
    // On a touch screen the first tap shows the figures (there is no hover); the second opens.
    if (lastPointer.current === 'touch' && active !== code) onActive(code)
    else open(code)
  }
  const onKeyDown = (event: KeyboardEvent, code: string) => {
    if (event.key === 'Enter' && hrefFor) {
      event.preventDefault()
      open(code)
    }
  }
  const activeShape = shapes.find((shape) => shape.code === active)
  return (
    <svg className="district-map" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title}>
      {shapes.map((shape) => {
        const datum = data.get(shape.code)
        return (
          <path
            key={shape.code}
            d={shape.d}
            className={`map-area ${fillOf(datum)}`}
            tabIndex={0}
            role={hrefFor ? 'link' : 'img'}
            aria-label={datum?.label ?? shape.name}
            data-code={shape.code}
            onPointerDown={(event: PointerEvent) => (lastPointer.current = event.pointerType)}
            onPointerEnter={() => onActive(shape.code)}
            onPointerLeave={() => onActive(null)}
            onFocus={() => onActive(shape.code)}
            onBlur={() => onActive(null)}
            onClick={() => onClick(shape.code)}
            onKeyDown={(event) => onKeyDown(event, shape.code)}
          />
        )
      })}
      {/* The active outline is drawn again on top, so neighbours never cover it. */}
      {activeShape && <path d={activeShape.d} className="map-area__outline" aria-hidden="true" />}
    </svg>
  )
}
