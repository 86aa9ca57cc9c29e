import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Texture } from './classes.ts'
import type { MapDatum } from './datum.ts'
import type { DistrictBoundaries } from '../../lib/geo-schema.ts'
import { placeLabels } from './labels.ts'
import {
  projectDistricts,
  projectDistrictsInSteps,
  projectedDistricts,
  type DistrictShape,
} from './project.ts'

interface DistrictMapProps {
  geo: DistrictBoundaries
  width: number
  height: number
  data: ReadonlyMap<string, MapDatum>
  /** CSS class of an area from its datum (status band or value class). */
  fillOf: (datum: MapDatum | undefined) => string
  /** A texture over the colour (status maps), the second cue beside colour. */
  textureOf?: (datum: MapDatum | undefined) => Texture | null
  /** When given, each district is a link (click or Enter); on a slide it is not, so a click never leaves the deck. */
  hrefFor?: (code: string) => string
  active: string | null
  onActive: (code: string | null) => void
  /** What the whole map shows, for screen readers. */
  title: string
  /** Name the districts on the map (those that fit legibly; the codes in `labelFirst` first). */
  labels?: boolean
  labelFirst?: readonly string[]
  /**
   * Project the boundaries a district per task, the areas appearing when all are done (a page's
   * map, below its table). Without it they are projected at once: a slide, the print report and
   * the exports draw the map whole in their first render.
   */
  progressive?: boolean
}

const NO_SHAPES: DistrictShape[] = []

interface Stepped {
  geo: DistrictBoundaries
  size: string
  shapes: DistrictShape[]
}

/** The areas of `geo` in a box of this size: at once, or (progressive) a district per task. */
function useShapes(geo: DistrictBoundaries, width: number, height: number, progressive: boolean) {
  const now = useMemo(
    () => (progressive ? projectedDistricts(geo, width, height) : projectDistricts(geo, width, height)),
    [progressive, geo, width, height],
  )
  const [stepped, setStepped] = useState<Stepped | null>(null)
  useEffect(() => {
    if (now) return
    let stopped = false
    void projectDistrictsInSteps(geo, width, height).then((shapes) => {
      if (!stopped) setStepped({ geo, size: `${width}×${height}`, shapes })
    })
    return () => {
      stopped = true
    }
  }, [now, geo, width, height])
  if (now) return now
  return stepped && stepped.geo === geo && stepped.size === `${width}×${height}` ? stepped.shapes : NO_SHAPES
}

/** Choropleth of the districts: every area is focusable and names its district and figure. */
export function DistrictMap({
  geo,
  width,
  height,
  data,
  fillOf,
  textureOf,
  hrefFor,
  active,
  onActive,
  title,
  labels = false,
  labelFirst = [],
  progressive = false,
}: DistrictMapProps) {
  const navigate = useNavigate()
  const shapes = useShapes(geo, width, height, progressive)
  const placed = useMemo(
    () => (labels ? placeLabels(shapes, width, height, labelFirst) : []),
    [labels, shapes, width, height, labelFirst],
  )
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
  const patternId = useId().replace(/:/g, '')
  const textured = textureOf
    ? shapes.flatMap((shape) => {
        const texture = textureOf(data.get(shape.code))
        return texture ? [{ shape, texture }] : []
      })
    : []
  return (
    <svg className="district-map" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title}>
      <MapPatterns id={patternId} />
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
      {textured.map(({ shape, texture }) => (
        <path
          key={`t${shape.code}`}
          d={shape.d}
          className="map-texture"
          fill={`url(#${patternId}-${texture})`}
          aria-hidden="true"
        />
      ))}
      {placed.length > 0 && (
        <g className="map-labels" aria-hidden="true">
          {placed.map((label) => (
            <text
              key={label.code}
              x={label.x}
              y={label.y}
              className="map-label"
              textAnchor="middle"
              dominantBaseline="central"
              data-code={label.code}
            >
              {label.text}
            </text>
          ))}
        </g>
      )}
      {/* The active outline is drawn again on top, so neighbours never cover it. */}
      {activeShape && <path d={activeShape.d} className="map-area__outline" aria-hidden="true" />}
    </svg>
  )
}

function MapPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={`${id}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" className="map-texture__ink" strokeWidth="1.6" />
      </pattern>
      <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <circle cx="2.5" cy="2.5" r="1.1" className="map-texture__ink map-texture__ink--fill" />
      </pattern>
    </defs>
  )
}
