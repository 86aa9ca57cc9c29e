// Test data of the deck: two years of the shared fixtures (Hai Bà Trưng 2021 real, the rest
// illustrative), the new-members ranking of 2021 and a two-district map.
import type { Dashboard, Ranking } from '@ldld/db/contracts'
import {
  cell,
  cityLevel,
  dashboard2021,
  districtGroup,
  indicators,
  rankingCoverage,
  rankingRow,
  total,
} from '../../../test/fixtures.ts'
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

export const sources2021: Dashboard['sources'] = [
  {
    id: 1,
    kind: 'article',
    title: 'Đã làm tốt, phấn đấu làm tốt hơn',
    publisher: 'Báo Lao động Thủ đô',
    url: null,
    file: null,
    publishedOn: null,
  },
]

export const ranking2021: Ranking = {
  indicator: 'new_members',
  year: 2021,
  basis: 'latest',
  ...cityLevel(30),
  groups: [districtGroup(30)],
  coverage: rankingCoverage(30),
  rankedBy: 'percent',
  sources: sources2021,
  rows: [
    rankingRow({
      unit: '007',
      name: 'Hai Bà Trưng',
      rank: 1,
      previousRank: 2,
      rankChange: 1,
      actual: 2352,
      target: 1330,
      percent: 176.8,
      status: 'achieved',
      sourceId: 1,
    }),
    rankingRow({
      unit: '001',
      name: 'Ba Đình',
      rank: 2,
      previousRank: 1,
      rankChange: -1,
      actual: 2100,
      target: 2500,
      percent: 84,
      status: 'below',
      illustrative: true,
    }),
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
