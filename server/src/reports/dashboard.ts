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
import { blankFigure, figureOfPack, type ReadPack } from '@ldld/db/figure-packs'
import { rowsOfPacks, type FigureRow, type PackedFigures } from '../repositories/index.ts'
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

/** A page's figures by place (`pageFigures`). */
export interface PageFigures {
  /**
   * The figure at `slot` (cell `k`'s of `year` at `2k`, of `year - 1` at `2k + 1`), or undefined.
   * Read from packs, it is written into `into` (read it before that object is filled again).
   */
  at(slot: number, into: FigureRow): FigureRow | undefined
}

/**
 * The figures of a page's cells by place: cell `k` (unit `floor(k / keys)`, indicator `k % keys`) has
 * its figure of `year` at slot `2k` and of `year - 1` at `2k + 1`; figures of other units, indicators
 * or years are passed over. One pass, no lookup per cell (a province's page: 2.900 cells, 5.900
 * figures). From packs, a slot holds the pack and the figure's place in it: no object per figure
 * (issue 8); a pack's key list is placed once for every pack that shares it.
 */
export function pageFigures(
  source: DashboardFigures,
  codes: readonly string[],
  keys: readonly string[],
  year: number,
): PageFigures {
  const unitAt = new Map(codes.map((code, i) => [code, i]))
  const indicatorAt = new Map(keys.map((key, i) => [key, i]))
  const slots = codes.length * keys.length * 2
  const halfOf = (y: number) => (y === year ? 0 : y === year - 1 ? 1 : -1)
  if (!('packs' in source)) {
    const rows = source
    const found = new Array<FigureRow | undefined>(slots).fill(undefined)
    // Rows come unit by unit (a level's read): the unit is looked up once per run of rows.
    let lastUnit: string | undefined
    let u: number | undefined
    for (const row of rows) {
      if (row.unit !== lastUnit) {
        lastUnit = row.unit
        u = unitAt.get(row.unit)
      }
      const i = indicatorAt.get(row.indicator)
      const half = halfOf(row.year)
      if (u === undefined || i === undefined || half < 0) continue
      found[2 * (u * keys.length + i) + half] = row
    }
    return { at: (slot) => found[slot] }
  }
  const { packs } = source
  // Pack number + 1 (0: no figure) and the figure's place in it.
  const packAt = new Int32Array(slots)
  const placeAt = new Int32Array(slots)
  const placesOfKeys = new Map<readonly string[], Int32Array>()
  packs.forEach((pack, p) => {
    const u = unitAt.get(pack.unit)
    const half = halfOf(pack.year)
    if (u === undefined || half < 0) return
    let places = placesOfKeys.get(pack.keys)
    if (!places) {
      places = Int32Array.from(pack.keys, (key) => indicatorAt.get(key) ?? -1)
      placesOfKeys.set(pack.keys, places)
    }
    for (let j = 0; j < places.length; j += 1) {
      const i = places[j] as number
      if (i < 0) continue
      const slot = 2 * (u * keys.length + i) + half
      packAt[slot] = p + 1
      placeAt[slot] = j
    }
  })
  return {
    at(slot, into) {
      const p = packAt[slot] as number
      return p === 0 ? undefined : figureOfPack(packs[p - 1] as ReadPack, placeAt[slot] as number, into)
    },
  }
}

/** A level's figures: rows, or the packs they are kept in (`PackedFigures`). */
export type DashboardFigures = readonly FigureRow[] | Pick<PackedFigures, 'packs'>

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
  figures: DashboardFigures
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
  // writeCell keeps nothing of the figures it is given: two objects serve every cell.
  const now = blankFigure()
  const before = blankFigure()
  let k = 0
  for (const unit of shown) {
    const states = { now: reading.at(unit.code, year), before: reading.at(unit.code, year - 1) }
    for (const ind of indicators) {
      const row = figures.at(2 * k, now)
      writeCell(grid.at(k), unit, ind, year, row, figures.at(2 * k + 1, before), reading, states)
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
      rowTotals(
        year,
        indexFigures('packs' in input.figures ? rowsOfPacks(input.figures.packs) : input.figures),
        reading,
      ),
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
