import {
  cellWithDefaults,
  compareCodes,
  NO_MARKS,
  competitionRanks,
  unitGroupOf,
  unitGroupPhrase,
  unitGroups,
  type DerivedMarks,
  type Coverage,
  type Indicator,
  type Organisation,
  type Ranking,
  type RankingRow,
  type WireCell,
} from '@ldld/db/contracts'
import type { FigureRow, ScoredFigures } from '../repositories/index.ts'
import { isPartYear, scoreCell, toCell, type CellScore } from './cells.ts'
import { pageOf, type PageRequest } from './dashboard.ts'
import type { Reading } from './reading.ts'

export interface RankingInput {
  indicator: Indicator
  year: number
  /** The level ranked (default the city). */
  unit: Organisation
  /** Units valid during `year`, and during `year - 1` for last year's ranks. */
  units: readonly Organisation[]
  previousUnits: readonly Organisation[]
  /**
   * This indicator's figures of `year` and `year - 1`, as scoring reads them: rows, or a unit's row
   * of a year asked one at a time (`ScoredFigures`: read each before asking for the next). With
   * `shown`, their note, quote and timing may be left out (null).
   */
  figures: readonly FigureRow[] | ScoredFigures
  /**
   * Built from every figure of both years, so "has reported" means the unit's whole report. With
   * `shown` and the latest figures, it may leave out the report states: scoring reads only whether
   * a unit entered anything (countsInBasis).
   */
  reading: Reading
  /**
   * The full figures and reading of the units on the page (a large level reads them for its page
   * only, issue 8); without it, `figures` and `reading` are full and build the rows too.
   */
  shown?: (units: readonly Organisation[]) => { figures: readonly FigureRow[]; reading: Reading }
  /**
   * Each unit's place in code order (`codeOrderOf`), for ties: it must hold every unit of both years;
   * without it, made from `units` and `previousUnits`.
   */
  codeOrder?: ReadonlyMap<string, number>
  /** The level's coverage of `year` (from the counts the database keeps); without it, from `reading`. */
  coverage?: Coverage
  page?: PageRequest
}

type RankedBy = Ranking['rankedBy']

/**
 * Units of one part of the year are ranked together; in 2025 the districts and the unions apart.
 * A unit that lived the whole year has the empty key (no text built for each of thousands of units).
 */
function periodKey(unit: Organisation, yearStart: string, yearEnd: string): string {
  const from = unit.validFrom < yearStart ? yearStart : unit.validFrom
  const to = unit.validTo === null || unit.validTo > yearEnd ? yearEnd : unit.validTo
  return from === yearStart && to === yearEnd ? '' : `${from}|${to}`
}

/** One year's units scored: by their index in the units of that year. */
export interface ScoredYear {
  /** The score ranked on (NaN: none). */
  score: Float64Array
  /** Competition rank within the unit's part of the year (0: none). */
  ranks: Int32Array
  /** Each unit's place in code order, for ties. */
  order: Int32Array
  /** 1 where the source states no target (status source_no_target). */
  apart: Uint8Array
  /** Units with a figure for this indicator (an actual or a %). */
  reported: number
  ranked: number
  /** Marks every rank of that year inherits: any ranked figure illustrative or part-year. */
  marks: Pick<DerivedMarks, 'illustrative' | 'partialYear'>
}

/** A unit's figure of a year by its code, from rows (kept) or a level's scored copy (refilled). */
function figureLookup(figures: RankingInput['figures'], key: string) {
  if (!Array.isArray(figures)) return (figures as ScoredFigures).at
  const byYear = new Map<number, Map<string, FigureRow>>()
  for (const row of figures as readonly FigureRow[]) {
    if (row.indicator !== key) continue
    let units = byYear.get(row.year)
    if (!units) byYear.set(row.year, (units = new Map<string, FigureRow>()))
    units.set(row.unit, row)
  }
  return (unit: string, year: number) => byYear.get(year)?.get(unit)
}

/**
 * A level's units scored on one indicator, both years, and their order: what a ranking's page is cut
 * from. A large level keeps it for the data revision, so its later pages score nothing (issue 8).
 */
export interface ScoredLevel {
  rankedBy: RankedBy
  now: ScoredYear
  before: ScoredYear
  /** The units of `year` (their index in `units`) in ranking order. */
  order: readonly number[]
}

/** Scores every unit of both years and orders them (see `buildRanking`). */
export function scoreLevel(
  input: Pick<
    RankingInput,
    'indicator' | 'year' | 'units' | 'previousUnits' | 'figures' | 'reading' | 'codeOrder'
  >,
): ScoredLevel {
  const { indicator, year, reading, units } = input
  // Indicators with targets are compared on % đạt (districts differ tenfold in size); others on amounts.
  const rankedBy: RankedBy = indicator.takesTarget ? 'percent' : 'value'
  const figureOf = figureLookup(input.figures, indicator.key)
  const codes = input.codeOrder ?? codeOrderOf([...units, ...input.previousUnits])
  const now = scoreYear(units, indicator, year, rankedBy, figureOf, reading, codes)
  const before = scoreYear(input.previousUnits, indicator, year - 1, rankedBy, figureOf, reading, codes)
  // Ranked units first (ties in code order), then units whose source states no target (apart: they
  // are not measured against one), then the rest in display order. One number per unit says its
  // place, so the order is a numeric sort: rank and code order; then tier and display order (exact
  // in a double below 2^21 units).
  const n = units.length
  const SPAN = 2 ** 21
  if (codes.size >= SPAN) throw new Error(`A level of ${codes.size} units is too large to rank.`)
  const place = new Float64Array(n)
  const unitAt = new Int32Array(codes.size)
  for (let i = 0; i < n; i += 1) {
    const rank = now.ranks[i] as number
    const code = now.order[i] as number
    unitAt[code] = i
    place[i] = rank > 0 ? rank * SPAN + code : ((now.apart[i] as number) === 1 ? 1 : 2) * SPAN * SPAN + i
  }
  place.sort()
  const order = Array.from(place, (p) => (p < SPAN * SPAN ? (unitAt[p % SPAN] as number) : p % (SPAN * SPAN)))
  return { rankedBy, now, before, order }
}

/**
 * Units ranked on one indicator, with last year's rank from the same rule (competition ranking).
 * Every unit is scored (a level may have thousands, kept in typed arrays), but only the asked page's
 * rows are built. With `scored` (the same level, indicator, year and basis scored before, same data
 * revision), nothing is scored again: `shown` must then be given, and `figures` is not read.
 */
export function buildRanking(input: RankingInput, scored?: ScoredLevel): Omit<Ranking, 'sources'> {
  const { indicator, year, reading, units } = input
  if (scored && !input.shown) throw new Error('A ranking scored before needs its page read apart (shown).')
  const { rankedBy, now, before, order } = scored ?? scoreLevel(input)
  const figureOf = scored ? () => undefined : figureLookup(input.figures, indicator.key)
  const page = pageOf(order.length, input.page ?? { all: true })
  const { start, end, ...pageInfo } = page
  const shownOrder = order.slice(start, end)
  // The page's cells from their full figures and reading, when scoring read a slimmer copy.
  const shown = input.shown?.(shownOrder.map((i) => input.units[i] as Organisation))
  const shownThisYear = new Map<string, FigureRow>()
  const shownYearBefore = new Map<string, FigureRow>()
  for (const row of shown?.figures ?? []) {
    if (row.indicator !== indicator.key) continue
    if (row.year === year) shownThisYear.set(row.unit, row)
    else if (row.year === year - 1) shownYearBefore.set(row.unit, row)
  }
  const shownCell = (i: number): WireCell => {
    const unit = units[i] as Organisation
    return shown
      ? toCell(unit, indicator, year, shownThisYear.get(unit.code), undefined, shown.reading)
      : toCell(unit, indicator, year, figureOf(unit.code, year), undefined, reading)
  }
  // Last year's ranks of the page's units (found in one pass over last year's units).
  const pageCodes = new Set(shownOrder.map((i) => (units[i] as Organisation).code))
  const previousRanks = new Map<string, number>()
  input.previousUnits.forEach((unit, j) => {
    const rank = before.ranks[j] as number
    if (rank > 0 && pageCodes.has(unit.code)) previousRanks.set(unit.code, rank)
  })
  const rowAt = (i: number): RankingRow => {
    const unit = units[i] as Organisation
    const cell = cellWithDefaults(shownCell(i))
    const rank = (now.ranks[i] as number) > 0 ? (now.ranks[i] as number) : null
    const previousRank = previousRanks.get(unit.code) ?? null
    const prevRow = shown ? shownYearBefore.get(unit.code) : figureOf(unit.code, year - 1)
    const ownBound =
      cell.actualQualifier !== 'exact' ||
      (previousRank !== null && prevRow !== undefined && prevRow.actualQualifier !== 'exact')
    const derivedFrom: DerivedMarks =
      rank === null && previousRank === null
        ? NO_MARKS
        : {
            illustrative:
              (rank !== null && now.marks.illustrative) ||
              (previousRank !== null && before.marks.illustrative),
            partialYear:
              (rank !== null && now.marks.partialYear) || (previousRank !== null && before.marks.partialYear),
            bound: ownBound ? 'about' : 'exact',
          }
    return {
      unit: unit.code,
      name: unit.name,
      rank,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      derivedFrom,
      group: unitGroupOf(unit.kind),
      actual: cell.actual,
      actualQualifier: cell.actualQualifier,
      target: cell.target,
      targetDerived: cell.targetDerived,
      targetNote: cell.targetNote,
      percent: cell.percent,
      status: cell.status,
      illustrative: cell.illustrative,
      period: cell.period,
      timing: cell.timing,
      sourceId: cell.sourceId,
      report: cell.report,
    }
  }
  const coverage =
    input.coverage ??
    reading.coverage(
      units.map((u) => u.code),
      year,
    )
  return {
    indicator: indicator.key,
    year,
    basis: reading.basis,
    unit: input.unit,
    groupPhrase: unitGroupPhrase(year),
    groups: unitGroups(units, year),
    // Per indicator: units with a figure for it (a unit may report and leave one indicator blank).
    coverage: {
      ...coverage,
      reported: now.reported,
      ranked: now.ranked,
      sourceNoTarget: now.apart.reduce((sum, a) => sum + a, 0),
    },
    rankedBy,
    rows: shownOrder.map(rowAt),
    page: pageInfo,
  }
}

function scoreYear(
  units: readonly Organisation[],
  indicator: Indicator,
  year: number,
  rankedBy: RankedBy,
  figureOf: (unit: string, year: number) => FigureRow | undefined,
  reading: Reading,
  codes: ReadonlyMap<string, number>,
): ScoredYear {
  const n = units.length
  const year_: ScoredYear = {
    score: new Float64Array(n).fill(NaN),
    ranks: new Int32Array(n),
    order: new Int32Array(n),
    apart: new Uint8Array(n),
    reported: 0,
    ranked: 0,
    marks: { illustrative: false, partialYear: false },
  }
  const { score, order, apart, marks } = year_
  // Units of one part of the year are ranked together (issue 8: most live the whole year).
  const byPeriod = new Map<string, number[]>()
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  // One score object for every unit: it is read before the next is scored.
  const cell: CellScore = { status: 'no_data', actual: null, percent: null, illustrative: false }
  for (let i = 0; i < n; i += 1) {
    const unit = units[i] as Organisation
    // A unit that does not count in this reading is not ranked either (writeCell leaves its figures out).
    const row = figureOf(unit.code, year)
    scoreCell(unit, indicator, year, row, reading, cell)
    if (cell.actual !== null || cell.percent !== null) year_.reported += 1
    if (cell.status === 'source_no_target') apart[i] = 1
    const value = rankedBy === 'percent' ? cell.percent : cell.actual
    if (value !== null) {
      score[i] = value
      marks.illustrative ||= cell.illustrative
      marks.partialYear ||= isPartYear(unit, indicator, year, row)
    }
    const place = codes.get(unit.code)
    if (place === undefined) throw new Error(`The code order given to rank ${unit.code} does not hold it.`)
    order[i] = place
    const key = periodKey(unit, yearStart, yearEnd)
    const members = byPeriod.get(key)
    if (members) members.push(i)
    else byPeriod.set(key, [i])
  }
  // Lower is better (e.g. a cost) ranks the smallest value first.
  for (const members of byPeriod.values())
    competitionRanks(score, members, indicator.higherIsBetter, year_.ranks)
  for (const rank of year_.ranks) if (rank > 0) year_.ranked += 1
  return year_
}

const codeOrders = new WeakMap<readonly Organisation[], ReadonlyMap<string, number>>()

/**
 * Each unit's place in `compareCodes` order, for a ranking's ties. Kept beside the unit list it was
 * made from (a level's kept children, issue 8): sorting 3.321 codes costs as much as ranking them.
 */
export function codeOrderOf(units: readonly Organisation[]): ReadonlyMap<string, number> {
  let order = codeOrders.get(units)
  if (!order) {
    const codes = [...new Set(units.map((u) => u.code))].sort(compareCodes)
    order = new Map(codes.map((code, i) => [code, i]))
    codeOrders.set(units, order)
  }
  return order
}
