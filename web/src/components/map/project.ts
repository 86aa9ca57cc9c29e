// Projects the boundaries into SVG path strings for a box of the given size. Mercator is what
// people know from web maps; at the scale of one city its distortion is negligible.
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo'
import type { DistrictBoundaries } from '../../lib/geo-schema.ts'
import { yieldToBrowser } from '../../lib/yield-to-browser.ts'

export interface DistrictShape {
  code: string
  name: string
  d: string
  /** Where a label goes (the area's centroid) and how wide the area is there, in the box's units. */
  centroid: [number, number]
  width: number
  area: number
}

// Projecting 30 polygons takes tens of milliseconds: done once per boundaries and size, so
// showing the map slide again (or the map after a re-render) costs nothing.
const cache = new WeakMap<DistrictBoundaries, Map<string, DistrictShape[]>>()

function sizesOf(geo: DistrictBoundaries): Map<string, DistrictShape[]> {
  const sizes = cache.get(geo) ?? new Map<string, DistrictShape[]>()
  cache.set(geo, sizes)
  return sizes
}

/** The shapes already projected for this size, if any. */
export function projectedDistricts(
  geo: DistrictBoundaries,
  width: number,
  height: number,
): DistrictShape[] | undefined {
  return cache.get(geo)?.get(`${width}×${height}`)
}

export function projectDistricts(geo: DistrictBoundaries, width: number, height: number): DistrictShape[] {
  const sizes = sizesOf(geo)
  const key = `${width}×${height}`
  const cached = sizes.get(key)
  if (cached) return cached
  const shapeOf = projector(geoMercator().fitSize([width, height], geo))
  const shapes = geo.features.map(shapeOf)
  sizes.set(key, shapes)
  return shapes
}

/**
 * `projectDistricts` a district per task: projecting the 30 detailed boundaries was one ~100–350 ms
 * task on a slow phone when the indicator page's map arrived (issue 10 item 7). Same shapes, same
 * cache.
 */
export async function projectDistrictsInSteps(
  geo: DistrictBoundaries,
  width: number,
  height: number,
): Promise<DistrictShape[]> {
  const cached = projectedDistricts(geo, width, height)
  if (cached) return cached
  const shapeOf = projector(await fittedInSteps(geo, width, height))
  const shapes: DistrictShape[] = []
  for (const feature of geo.features) {
    await yieldToBrowser()
    shapes.push(shapeOf(feature))
  }
  // Another caller may have projected the same size meanwhile: the first result stays.
  const sizes = sizesOf(geo)
  const key = `${width}×${height}`
  const kept = sizes.get(key) ?? shapes
  sizes.set(key, kept)
  return kept
}

/**
 * `geoMercator().fitSize([width, height], geo)`, its bounds taken a district per task: d3's own fit
 * (scale 150, translate 0, the bounds of the whole collection, then scale and centre) with the
 * collection's bounds merged from each district's. `project.test.ts` holds the two equal.
 */
async function fittedInSteps(geo: DistrictBoundaries, width: number, height: number): Promise<GeoProjection> {
  const projection = geoMercator().scale(150).translate([0, 0])
  const path = geoPath(projection)
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const feature of geo.features) {
    await yieldToBrowser()
    const [[a, b], [c, d]] = path.bounds(feature)
    x0 = Math.min(x0, a)
    y0 = Math.min(y0, b)
    x1 = Math.max(x1, c)
    y1 = Math.max(y1, d)
  }
  const k = Math.min(width / (x1 - x0), height / (y1 - y0))
  return projection.scale(150 * k).translate([(width - k * (x1 + x0)) / 2, (height - k * (y1 + y0)) / 2])
}

function projector(projection: GeoProjection) {
  // One decimal is sub-pixel at any size we draw, and keeps the markup (and PNG/PPTX exports) small.
  const path = geoPath(projection).digits(1)
  return (feature: DistrictBoundaries['features'][number]): DistrictShape => {
    const [[x0], [x1]] = path.bounds(feature)
    return {
      code: feature.properties.gso_code,
      name: feature.properties.name,
      d: path(feature) ?? '',
      centroid: path.centroid(feature),
      width: x1 - x0,
      area: path.area(feature),
    }
  }
}
