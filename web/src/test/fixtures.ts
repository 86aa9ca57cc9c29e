// Small, typed fixtures built from the contracts: the real Hai Bà Trưng 2021 figures (domain.md §5)
// plus a few made-up cells to cover every status.
import {
  CELL_DEFAULTS,
  gridOfCells,
  NO_MARKS,
  quoteParts,
  type Cell,
  type Coverage,
  type Dashboard,
  type Indicator,
  type Organisation,
  type Ranking,
  type RankingRow,
  type Source,
  type Total,
  type WireDashboard,
} from '@ldld/db/contracts'

function indicator(over: Partial<Indicator> & Pick<Indicator, 'key' | 'shortNameVi'>): Indicator {
  return {
    nameVi: over.shortNameVi,
    nameEn: over.key,
    unitKind: 'count',
    unitLabel: 'đoàn viên',
    measure: 'flow',
    takesTarget: true,
    higherIsBetter: true,
    headline: false,
    firstYear: null,
    lastYear: null,
    sortOrder: 0,
    ...over,
  }
}

export const newMembers = indicator({
  key: 'new_members',
  shortNameVi: 'Đoàn viên kết nạp mới',
  nameVi: 'Phát triển (kết nạp) đoàn viên mới',
  headline: true,
  sortOrder: 2,
})
export const welfare = indicator({
  key: 'welfare_spending',
  shortNameVi: 'Chi chăm lo đoàn viên',
  nameVi: 'Chi chăm lo, hỗ trợ đoàn viên, NLĐ',
  unitKind: 'money',
  unitLabel: 'đồng',
  takesTarget: false,
  headline: true,
  sortOrder: 3,
})
export const indicators: Indicator[] = [newMembers, welfare]

function district(code: string, name: string): Organisation {
  return {
    code,
    name,
    fullName: `LĐLĐ quận ${name}`,
    kind: 'district',
    adminType: 'quan',
    parentCode: null,
    validFrom: '2014-04-01',
    validTo: '2025-06-30',
  }
}
export const haiBaTrung = district('007', 'Hai Bà Trưng')
export const baDinh = district('001', 'Ba Đình')

export function cell(over: Partial<Cell> & Pick<Cell, 'unit' | 'indicator'>): Cell {
  // The contract's own defaults (what a slim cell leaves out), then the test's figures.
  return {
    ...CELL_DEFAULTS,
    year: 2021,
    status: 'no_data',
    quoteParts: over.quote ? quoteParts(over.quote) : [],
    ...over,
  }
}

export const hbtNewMembers = cell({
  unit: '007',
  indicator: 'new_members',
  actual: 2352,
  target: 1330,
  percent: 176.8,
  percentBasis: 'computed',
  status: 'achieved',
  sourceId: 1,
  quote: 'phát triển 2.352/1.330 đoàn viên công đoàn (đạt 177% chỉ tiêu giao)',
})

export function total(over: Partial<Total> & Pick<Total, 'indicator'>): Total {
  return {
    actual: null,
    actualQualifier: 'exact',
    target: null,
    percent: null,
    status: 'no_data',
    previous: null,
    yoy: null,
    reported: 30,
    expected: 30,
    illustrative: true,
    partialYear: false,
    derivedFrom: { ...NO_MARKS, illustrative: true },
    groups: ['districts'],
    basis: {
      units: over.reported ?? 30,
      rest: null,
      allActual: over.actual ?? null,
      notReported: { units: 0, target: null },
      change: { units: over.reported ?? 30 },
    },
    ...over,
  }
}

export function coverage(over: Partial<Coverage> = {}): Coverage {
  return {
    basis: 'latest',
    expected: 30,
    reported: 30,
    reports: { draft: 0, submitted: 0, accepted: 0, returned: 0, none: 30 },
    ...over,
  }
}

export const city: Organisation = {
  code: '01',
  name: 'Hà Nội',
  fullName: 'LĐLĐ thành phố Hà Nội',
  kind: 'city',
  adminType: null,
  parentCode: null,
  validFrom: '2008-08-01',
  validTo: null,
}

/** The level fields of a dashboard or ranking of the city's `count` districts in 2021 (one page). */
export function cityLevel(count: number) {
  return {
    unit: city,
    groupPhrase: 'LĐLĐ quận, huyện, thị xã',
    page: { page: 1, limit: 150, pages: 1, units: count, all: false },
  }
}

/** A ranking's coverage: `ranked` of 30, none apart. */
export function rankingCoverage(ranked: number) {
  return { ...coverage(), ranked, sourceNoTarget: 0 }
}

export function districtGroup(count: number) {
  return {
    key: 'districts' as const,
    count,
    text: `${count} LĐLĐ quận, huyện, thị xã`,
    period: null,
    from: '2021-01-01',
    to: '2021-12-31',
  }
}

export const dashboard2021: Dashboard = {
  year: 2021,
  basis: 'latest',
  ...cityLevel(2),
  ancestors: [],
  groups: [{ ...districtGroup(2), units: ['001', '007'], totals: [] }],
  totalsBasis: { text: 'Cộng 2 LĐLĐ quận, huyện, thị xã.', stocks: null },
  drillDown: [],
  coverage: coverage({
    expected: 2,
    reported: 2,
    reports: { draft: 0, submitted: 0, accepted: 0, returned: 0, none: 2 },
  }),
  units: [baDinh, haiBaTrung],
  unitReports: [
    { unit: '001', report: 'none', counted: true },
    { unit: '007', report: 'none', counted: true },
  ],
  indicators: ['new_members', 'welfare_spending'],
  cells: [
    hbtNewMembers,
    cell({ unit: '007', indicator: 'welfare_spending', actual: 1_250_300_000, status: 'no_target' }),
    cell({
      unit: '001',
      indicator: 'new_members',
      actual: 2100,
      target: 2500,
      percent: 84,
      status: 'below',
      illustrative: true,
    }),
  ],
  totals: [
    total({
      indicator: 'new_members',
      actual: 52_310,
      target: 47_500,
      percent: 110.1,
      status: 'achieved',
      yoy: 8.2,
    }),
    total({ indicator: 'welfare_spending', actual: 1_250_300_000, status: 'no_target', yoy: -4 }),
  ],
  sources: [],
}

/**
 * A dashboard as the server sends it: its cells a whole grid of the page's units × indicators, as
 * columns (a cell the fixture leaves out is sent empty, as the server does).
 */
export function wireDashboard(board: Dashboard): WireDashboard {
  const at = new Map(board.cells.map((c) => [`${c.unit}|${c.indicator}`, c]))
  const cells = board.units.flatMap((u) =>
    board.indicators.map(
      (i) => at.get(`${u.code}|${i}`) ?? cell({ unit: u.code, indicator: i, year: board.year }),
    ),
  )
  return { ...board, cells: gridOfCells(cells) }
}

export function rankingRow(over: Partial<RankingRow> & Pick<RankingRow, 'unit' | 'name'>): RankingRow {
  return {
    rank: null,
    previousRank: null,
    rankChange: null,
    derivedFrom: NO_MARKS,
    group: 'districts',
    actual: null,
    actualQualifier: 'exact',
    target: null,
    targetDerived: false,
    targetNote: null,
    percent: null,
    status: 'no_data',
    illustrative: false,
    period: 'year',
    timing: null,
    sourceId: null,
    report: 'none',
    ...over,
  }
}

/** The article behind Hai Bà Trưng's real 2021 figures. */
export const article2021: Source = {
  id: 1,
  kind: 'article',
  title: 'Đã làm tốt, phấn đấu làm tốt hơn',
  publisher: 'Báo Lao động Thủ đô',
  url: null,
  file: null,
  publishedOn: null,
}

export const sources2021: Dashboard['sources'] = [article2021]

/** The new-members ranking of 2021: Hai Bà Trưng first (2352 of 1330, sourced), Ba Đình second (illustrative). */
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
