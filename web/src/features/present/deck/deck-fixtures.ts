// Test data of the deck: two years of the shared fixtures (Hai Bà Trưng 2021 real, the rest
// illustrative), the shared new-members ranking of 2021 and a two-district map.
import type { Dashboard } from '@ldld/db/contracts'
import { cell, dashboard2021, indicators, ranking2021, sources2021, total } from '../../../test/fixtures.ts'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import type { DeckData } from './slide-types.ts'

export const dashboard2020: Dashboard = {
  ...dashboard2021,
  year: 2020,
  cells: [
    cell({
      year: 2020,
      unit: '007',
      indicator: 'new_members',
      actual: 1387,
      target: 1300,
      percent: 106.7,
      status: 'achieved',
      illustrative: true,
    }),
    cell({
      year: 2020,
      unit: '001',
      indicator: 'new_members',
      actual: 2400,
      target: 2300,
      percent: 104.3,
      status: 'achieved',
      illustrative: true,
    }),
  ],
  totals: [
    total({ indicator: 'new_members', actual: 48_300, target: 45_000, percent: 107.3, status: 'achieved' }),
  ],
}

export const deckData: DeckData = {
  year: 2021,
  basis: 'latest',
  catalogue: indicators,
  dashboards: [dashboard2020, { ...dashboard2021, sources: sources2021 }],
  ranking: ranking2021,
}

const square = (x: number): [number, number][][] => [
  [
    [105.8 + x, 21.0],
    [105.8 + x, 21.05],
    [105.85 + x, 21.05],
    [105.85 + x, 21.0],
    [105.8 + x, 21.0],
  ],
]

export const twoDistricts: DistrictBoundaries = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { gso_code: '001', name: 'Ba Đình' },
      geometry: { type: 'Polygon', coordinates: square(0) },
    },
    {
      type: 'Feature',
      properties: { gso_code: '007', name: 'Hai Bà Trưng' },
      geometry: { type: 'Polygon', coordinates: square(0.06) },
    },
  ],
}
