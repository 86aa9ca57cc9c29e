// What routes may use from the district feature.
export { DistrictView } from './components/district-view.tsx'
