import {
  CellGridWriter,
  DEFAULT_PAGE_LIMIT,
  type Coverage,
  unitGroupPhrase,
  type WireDashboard,
  type Indicator,
  type Organisation,
  type PageInfo,
  unitGroupOf,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { indexFigures, indicatorsOfYear, writeCell } from './cells.ts'
import { levelTotals, rowTotals, type LevelGroup, type LevelTotals, type TotalSource } from './level.ts'
import type { Reading } from './reading.ts'

export interface PageRequest {
  page?: number | undefined
  limit?: number | undefined
  all?: boolean | undefined
}

/** Which slice of `count` items a request asks for; a page past the end is empty, not an error. */
export function pageOf(count: number, request: PageRequest): PageInfo & { start: number; end: number } {
  const all = request.all === true
  const limit = all ? Math.max(count, 1) : (request.limit ?? DEFAULT_PAGE_LIMIT)
  const pages = Math.max(1, Math.ceil(count / limit))
  const page = all ? 1 : (request.page ?? 1)
  const start = Math.min((page - 1) * limit, count)
  return { page, limit, pages, units: count, all, start, end: Math.min(start + limit, count) }
}

/**
 * The figures of a page's cells by place: cell `k` (unit `floor(k / keys)`, indicator `k % keys`) has
 * its figure of `year` at `2k` and of `year - 1` at `2k + 1`; rows of other units, indicators or years
 * are passed over. One pass, no lookup per cell (a province's page: 2.900 cells, 5.900 rows).
 */
export function pageFigures(
  rows: readonly FigureRow[],
  codes: readonly string[],
  keys: readonly string[],
  year: number,
): Array<FigureRow | undefined> {
  const unitAt = new Map(codes.map((code, i) => [code, i]))
  const indicatorAt = new Map(keys.map((key, i) => [key, i]))
  const slots = new Array<FigureRow | undefined>(codes.length * keys.length * 2).fill(undefined)
  // Rows come unit by unit (a level's read, its packs): the unit is looked up once per run of rows.
  let lastUnit: string | undefined
  let u: number | undefined
  for (const row of rows) {
    if (row.unit !== lastUnit) {
      lastUnit = row.unit
      u = unitAt.get(row.unit)
    }
    const i = indicatorAt.get(row.indicator)
    if (u === undefined || i === undefined) continue
    if (row.year === year) slots[2 * (u * keys.length + i)] = row
    else if (row.year === year - 1) slots[2 * (u * keys.length + i) + 1] = row
  }
  return slots
}

export interface DashboardInput {
  year: number
  /** The unit whose level this is, and the units above it (top first). */
  unit: Organisation
  ancestors: readonly Organisation[]
  /** Its children valid during `year`, in display order. */
  units: readonly Organisation[]
  /** All indicators in display order; those not yet tracked in `year` are left out here. */
  indicators: readonly Indicator[]
  /** The children's figures of `year` and `year - 1`. */
  figures: readonly FigureRow[]
  reading: Reading
  page: PageRequest
  /** Children on the page that have children of their own that year. */
  childCounts: ReadonlyMap<string, number>
}

/** What a level adds over all its children, whatever the page: its groups, totals and coverage. */
export interface LevelSummary {
  level: LevelTotals
  coverage: Coverage
}

/**
 * What a level adds over all its `units` (its children of `year`), its totals added by `totalFor`;
 * its coverage as given, or read from `reading` (which then covers every child).
 */
export function levelSummary(
  units: readonly Organisation[],
  allIndicators: readonly Indicator[],
  year: number,
  totalFor: TotalSource,
  coverage: Reading | Coverage,
): LevelSummary {
  return {
    level: levelTotals(units, indicatorsOfYear(allIndicators, year), year, totalFor),
    coverage:
      'at' in coverage
        ? coverage.coverage(
            units.map((u) => u.code),
            year,
          )
        : coverage,
  }
}

/**
 * The level's grid (one page of children), coverage and totals, without the source list. With
 * `summary` (the same level read before, same data revision and basis) `figures` and `reading` need
 * only cover the page's children; otherwise they cover all children and the summary is returned.
 */
export function buildDashboard(
  input: DashboardInput,
  summary?: LevelSummary,
): { board: Omit<WireDashboard, 'sources'>; summary: LevelSummary } {
  const { year, units, reading } = input
  const indicators = indicatorsOfYear(input.indicators, year)
  const page = pageOf(units.length, input.page)
  const { start, end, ...pageInfo } = page
  const shown = units.slice(start, end)
  // The page's cells straight into the wire's columns (no cell object per unit × indicator), each
  // from its figures of the year and the year before, found by place (`pageFigures`).
  const codes = shown.map((u) => u.code)
  const keys = indicators.map((i) => i.key)
  const figures = pageFigures(input.figures, codes, keys, year)
  const grid = new CellGridWriter(year, codes, keys)
  let k = 0
  for (const unit of shown) {
    const states = { now: reading.at(unit.code, year), before: reading.at(unit.code, year - 1) }
    for (const ind of indicators) {
      writeCell(grid.at(k), unit, ind, year, figures[2 * k], figures[2 * k + 1], reading, states)
      k += 1
    }
  }
  const cells = grid.grid()
  const shownOf = (key: LevelGroup['key']) =>
    shown.filter((u) => unitGroupOf(u.kind) === key).map((u) => u.code)
  const { level, coverage } =
    summary ??
    levelSummary(
      units,
      input.indicators,
      year,
      rowTotals(year, indexFigures(input.figures), reading),
      reading,
    )
  const board: Omit<WireDashboard, 'sources'> = {
    year,
    basis: reading.basis,
    unit: input.unit,
    ancestors: [...input.ancestors],
    groupPhrase: unitGroupPhrase(year),
    // A group names its children on the page only: a level of thousands is not listed on every page.
    groups: level.groups.map((g, i) => ({
      ...g,
      units: shown.length === units.length ? g.units : shownOf(g.key),
      totals: level.groupTotals[i] ?? [],
    })),
    totalsBasis: level.totalsBasis,
    coverage,
    units: shown,
    page: pageInfo,
    drillDown: shown.flatMap((u) => {
      const n = input.childCounts.get(u.code)
      return n ? [{ unit: u.code, units: n }] : []
    }),
    unitReports: shown.map(({ code }) => {
      const { report, counted } = reading.at(code, year)
      return { unit: code, report, counted }
    }),
    indicators: indicators.map((i) => i.key),
    cells,
    totals: level.totals,
  }
  return { board, summary: { level, coverage } }
}
