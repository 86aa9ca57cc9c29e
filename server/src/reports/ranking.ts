import {
  cellWithDefaults,
  compareCodes,
  NO_MARKS,
  rankByScore,
  unitGroupOf,
  unitGroupPhrase,
  unitGroups,
  type DerivedMarks,
  type Coverage,
  type Indicator,
  type Organisation,
  type Rankable,
  type Ranking,
  type RankingRow,
  type WireCell,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
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
   * This indicator's figures of `year` and `year - 1`, as scoring reads them: with `shown`, their
   * note, quote and timing may be left out (null).
   */
  figures: readonly FigureRow[]
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
  /** Each unit's place in code order (`codeOrderOf`), for ties; without it, made from `units`. */
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

interface RankedYear {
  ranks: Map<string, number>
  /** Marks every rank of that year inherits: any ranked figure illustrative or part-year. */
  marks: Pick<DerivedMarks, 'illustrative' | 'partialYear'>
}

/**
 * Units ranked on one indicator, with last year's rank from the same rule (competition ranking).
 * Every unit is scored (a level may have thousands), but only the asked page's rows are built.
 */
export function buildRanking(input: RankingInput): Omit<Ranking, 'sources'> {
  const { indicator, year, reading } = input
  // Indicators with targets are compared on % đạt (districts differ tenfold in size); others on amounts.
  const rankedBy: RankedBy = indicator.takesTarget ? 'percent' : 'value'
  // One indicator: a unit's figure of each year by its code.
  const thisYear = new Map<string, FigureRow>()
  const lastYear = new Map<string, FigureRow>()
  for (const row of input.figures) {
    if (row.indicator !== indicator.key) continue
    if (row.year === year) thisYear.set(row.unit, row)
    else if (row.year === year - 1) lastYear.set(row.unit, row)
  }
  // Each unit's score of the year once (writeCell's status, actual and %): it is ranked and counted;
  // only the page's rows get whole cells.
  const scores = input.units.map((unit) => scoreCell(unit, indicator, year, thisYear.get(unit.code), reading))
  const codes = input.codeOrder ?? codeOrderOf([...input.units, ...input.previousUnits])
  const current = rankUnits(
    input.units,
    indicator,
    year,
    rankedBy,
    thisYear,
    codes,
    (_, i) => scores[i] as CellScore,
  )
  const before = rankUnits(input.previousUnits, indicator, year - 1, rankedBy, lastYear, codes, (unit) =>
    scoreCell(unit, indicator, year - 1, lastYear.get(unit.code), reading),
  )
  const rankOf = input.units.map((unit) => current.ranks.get(unit.code) ?? null)
  // Ranked units first (ties in the order rankByScore gives them, by code), then units whose source
  // states no target (apart: they are not measured against one), then the rest in display order.
  // One number per unit says its place (a level of thousands sorts with a subtraction per pair):
  // rank, then code order; then the tier, apart; within tiers 1 and 2, the display order.
  const SPAN = 2 ** 21
  const place = new Float64Array(input.units.length)
  input.units.forEach((unit, i) => {
    const rank = rankOf[i] ?? null
    place[i] =
      rank !== null
        ? rank * SPAN + (codes.get(unit.code) ?? 0)
        : ((scores[i] as CellScore).status === 'source_no_target' ? 1 : 2) * SPAN * SPAN + i
  })
  const order = input.units.map((_, i) => i)
  order.sort((a, b) => (place[a] as number) - (place[b] as number))
  const page = pageOf(order.length, input.page ?? { all: true })
  const { start, end, ...pageInfo } = page
  const shownOrder = order.slice(start, end)
  // The page's cells from their full figures and reading, when scoring read a slimmer copy.
  const shown = input.shown?.(shownOrder.map((i) => input.units[i] as Organisation))
  const shownThisYear = new Map<string, FigureRow>()
  for (const row of shown?.figures ?? [])
    if (row.indicator === indicator.key && row.year === year) shownThisYear.set(row.unit, row)
  const shownCell = (i: number): WireCell => {
    const unit = input.units[i] as Organisation
    return shown
      ? toCell(unit, indicator, year, shownThisYear.get(unit.code), undefined, shown.reading)
      : toCell(unit, indicator, year, thisYear.get(unit.code), undefined, reading)
  }
  const rowAt = (i: number): RankingRow => {
    const unit = input.units[i] as Organisation
    const cell = cellWithDefaults(shownCell(i))
    const rank = rankOf[i] ?? null
    const previousRank = before.ranks.get(unit.code) ?? null
    const prevRow = lastYear.get(unit.code)
    const ownBound =
      cell.actualQualifier !== 'exact' ||
      (previousRank !== null && prevRow !== undefined && prevRow.actualQualifier !== 'exact')
    const derivedFrom: DerivedMarks =
      rank === null && previousRank === null
        ? NO_MARKS
        : {
            illustrative:
              (rank !== null && current.marks.illustrative) ||
              (previousRank !== null && before.marks.illustrative),
            partialYear:
              (rank !== null && current.marks.partialYear) ||
              (previousRank !== null && before.marks.partialYear),
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
      input.units.map((u) => u.code),
      year,
    )
  return {
    indicator: indicator.key,
    year,
    basis: reading.basis,
    unit: input.unit,
    groupPhrase: unitGroupPhrase(year),
    groups: unitGroups(input.units, year),
    // Per indicator: units with a figure for it (a unit may report and leave one indicator blank).
    coverage: {
      ...coverage,
      reported: scores.filter((c) => c.actual !== null || c.percent !== null).length,
      ranked: rankOf.filter((r) => r !== null).length,
      sourceNoTarget: scores.filter((c) => c.status === 'source_no_target').length,
    },
    rankedBy,
    rows: shownOrder.map(rowAt),
    page: pageInfo,
  }
}

function rankUnits(
  units: readonly Organisation[],
  indicator: Indicator,
  year: number,
  rankedBy: RankedBy,
  figures: ReadonlyMap<string, FigureRow>,
  codeOrder: ReadonlyMap<string, number> | undefined,
  /** The unit's score of `year`, through writeCell: a unit that does not count in this reading is not ranked either. */
  cellOf: (unit: Organisation, index: number) => CellScore,
): RankedYear {
  const marks = { illustrative: false, partialYear: false }
  const byPeriod = new Map<string, Rankable[]>()
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  units.forEach((unit, i) => {
    const cell = cellOf(unit, i)
    const score = rankedBy === 'percent' ? cell.percent : cell.actual
    if (score !== null) {
      marks.illustrative ||= cell.illustrative
      marks.partialYear ||= isPartYear(unit, indicator, year, figures.get(unit.code))
    }
    const key = periodKey(unit, yearStart, yearEnd)
    const list = byPeriod.get(key)
    const item = { code: unit.code, score, order: codeOrder?.get(unit.code) }
    if (list) list.push(item)
    else byPeriod.set(key, [item])
  })
  // Lower is better (e.g. a cost) ranks the smallest value first.
  const periods = [...byPeriod.values()].map((scores) => rankByScore(scores, indicator.higherIsBetter))
  if (periods.length === 1) return { ranks: periods[0] as Map<string, number>, marks }
  const ranks = new Map<string, number>()
  for (const period of periods) for (const [code, rank] of period) ranks.set(code, rank)
  return { ranks, marks }
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
