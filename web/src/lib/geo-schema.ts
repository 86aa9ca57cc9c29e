// Shape of web/public/geo/hanoi-districts-2020.geojson, checked on load like every API answer:
// a wrong or truncated file shows as an error, not as a blank map.
import { z } from 'zod'

const position = z.tuple([z.number(), z.number()])
const ring = z.array(position).min(4)

const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
])

export const districtFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** `gso_code` is the join key with the API's unit codes ("001" Ba Đình). */
  properties: z.object({ gso_code: z.string(), name: z.string() }),
  geometry: geometrySchema,
})

export const districtBoundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(districtFeatureSchema).min(1),
})

export type DistrictFeature = z.infer<typeof districtFeatureSchema>
export type DistrictBoundaries = z.infer<typeof districtBoundariesSchema>
