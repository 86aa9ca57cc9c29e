// The dashboard as the server sends it gives its cells as columns (issue 8, scale, "Compact cells");
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
  // As columns: each field once for the page (`cellGridSchema`); a field most cells leave at its
  // default as index → value; a field no cell sets is left out.
  cells: {
    year: 2026,
    units: ['00004'],
    indicators: ['new_members', 'cla_signed'],
    status: ['achieved', 'no_data'],
    actual: { 0: 120 },
    target: [100, null],
    percent: { 0: 120 },
    percentBasis: { 0: 'computed' },
    previous: { 0: 80 },
    yoy: { 0: 50 },
    derivedFrom: { partialYear: { 0: true } },
    sourceId: { 0: 3 },
  },
  totals: [],
  sources: [],
}

describe('dashboard query', () => {
  it('decodes the columns into whole cells: omitted fields take their defaults', async () => {
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
