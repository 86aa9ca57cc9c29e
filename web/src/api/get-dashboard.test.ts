// The dashboard as the server sends it leaves every cell field at its default out (issue 8, scale);
// the web's one dashboard query decodes it with the contract, so every feature reads whole cells.
import { QueryClient } from '@tanstack/react-query'
import { emptyReportCounts, type WireDashboard } from '@ldld/db/contracts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '../test/write-fixtures.ts'
import { dashboardQuery } from './get-dashboard.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

const city = {
  code: '01',
  name: 'Hà Nội',
  fullName: 'LĐLĐ thành phố Hà Nội',
  kind: 'city',
  adminType: null,
  parentCode: null,
  validFrom: '1946-01-01',
  validTo: null,
} as const

/** Two cells as sent: one with a figure and a change, one without anything but its place. */
const wire: WireDashboard = {
  year: 2026,
  basis: 'latest',
  unit: city,
  ancestors: [],
  groupPhrase: 'công đoàn xã, phường',
  groups: [],
  totalsBasis: { text: 'Cộng 1 công đoàn xã, phường.', stocks: null },
  coverage: { basis: 'latest', expected: 1, reported: 1, reports: emptyReportCounts() },
  units: [{ ...city, code: '00004', name: 'Ba Đình', kind: 'ward', adminType: 'phuong', parentCode: '01' }],
  page: { page: 1, limit: 150, pages: 1, units: 1, all: false },
  drillDown: [],
  unitReports: [{ unit: '00004', report: 'none', counted: true }],
  indicators: ['new_members', 'cla_signed'],
  cells: [
    {
      unit: '00004',
      indicator: 'new_members',
      year: 2026,
      status: 'achieved',
      actual: 120,
      target: 100,
      percent: 120,
      percentBasis: 'computed',
      previous: 80,
      yoy: 50,
      derivedFrom: { partialYear: true },
      sourceId: 3,
    },
    { unit: '00004', indicator: 'cla_signed', year: 2026, status: 'no_data' },
  ],
  totals: [],
  sources: [],
}

describe('dashboard query', () => {
  it('decodes slim cells into whole ones: omitted fields take their defaults', async () => {
    vi.stubGlobal('fetch', stubFetch(() => [200, wire]).fetchStub)
    const board = await new QueryClient().fetchQuery(dashboardQuery(2026, 'latest'))
    const [reported, empty] = board.cells
    expect(reported).toEqual({
      unit: '00004',
      indicator: 'new_members',
      year: 2026,
      actual: 120,
      actualQualifier: 'exact',
      target: 100,
      targetDerived: false,
      statedPercent: null,
      percent: 120,
      percentBasis: 'computed',
      status: 'achieved',
      previous: 80,
      yoy: 50,
      derivedFrom: { illustrative: false, partialYear: true, bound: 'exact' },
      illustrative: false,
      period: 'year',
      timing: null,
      targetNote: null,
      note: null,
      sourceId: 3,
      quote: null,
      quoteParts: [],
      report: 'none',
    })
    expect(empty).toMatchObject({
      actual: null,
      target: null,
      percent: null,
      yoy: null,
      quoteParts: [],
      report: 'none',
    })
    expect(empty?.derivedFrom).toEqual({ illustrative: false, partialYear: false, bound: 'exact' })
  })
})
