// Projects the boundaries into SVG path strings for a box of the given size. Mercator is what
// people know from web maps; at the scale of one city its distortion is negligible.
import { geoMercator, geoPath } from 'd3-geo'
import type { DistrictBoundaries } from '../../lib/geo-schema.ts'

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

export function projectDistricts(geo: DistrictBoundaries, width: number, height: number): DistrictShape[] {
  const sizes = cache.get(geo) ?? new Map<string, DistrictShape[]>()
  cache.set(geo, sizes)
  const key = `${width}×${height}`
  const cached = sizes.get(key)
  if (cached) return cached
  const shapes = project(geo, width, height)
  sizes.set(key, shapes)
  return shapes
}

function project(geo: DistrictBoundaries, width: number, height: number): DistrictShape[] {
  const projection = geoMercator().fitSize([width, height], geo)
  // One decimal is sub-pixel at any size we draw, and keeps the markup (and PNG/PPTX exports) small.
  const path = geoPath(projection).digits(1)
  return geo.features.map((feature) => {
    const [[x0], [x1]] = path.bounds(feature)
    return {
      code: feature.properties.gso_code,
      name: feature.properties.name,
      d: path(feature) ?? '',
      centroid: path.centroid(feature),
      width: x1 - x0,
      area: path.area(feature),
    }
  })
}
