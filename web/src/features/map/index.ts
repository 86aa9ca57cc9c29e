// The map is a building block other features place (the indicator page, the deck, the print report);
// it imports no other feature.
import './map.css'
export { useBoundaries, boundariesQuery } from './api/get-boundaries.ts'
export { areaClass, statusTexture, valueBreaks, valueClassLabels, type MapMode } from './classes.ts'
export { MAP_CREDIT } from './credit.ts'
export { byCode, mapDatum, type MapDatum } from './datum.ts'
export type { DistrictBoundaries } from './geo-schema.ts'
export { projectDistricts, type DistrictShape } from './project.ts'
export { DistrictMap } from './components/district-map.tsx'
export { MapInfo } from './components/map-info.tsx'
export { MapLegend } from './components/map-legend.tsx'
export { MapSection } from './components/map-section.tsx'
