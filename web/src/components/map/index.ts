// The district map: a shared building block placed by the indicator page, the deck and the print
// report. The boundaries come from `api/get-boundaries.ts`, their schema from `lib/geo-schema.ts`.
export { areaClass, statusTexture, valueBreaks, valueClassLabels, type MapMode } from './classes.ts'
export { MAP_CREDIT } from './credit.ts'
export { byCode, mapDatum, type MapDatum } from './datum.ts'
export type { DistrictBoundaries } from '../../lib/geo-schema.ts'
export { projectDistricts, projectDistrictsInSteps, type DistrictShape } from './project.ts'
export { DistrictMap } from './district-map.tsx'
export { MapInfo } from './map-info.tsx'
export { MapLegend } from './map-legend.tsx'
export { MapSection } from './map-section.tsx'
