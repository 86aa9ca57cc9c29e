import {
  cellWithDefaults,
  compareCodes,
  NO_MARKS,
  rankByScore,
  unitGroupOf,
  unitGroupPhrase,
  unitGroups,
  type DerivedMarks,
  type Indicator,
  type Organisation,
  type Ranking,
  type RankingRow,
  type WireCell,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { isPartYear, toCell } from './cells.ts'
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
  /** This indicator's figures of `year` and `year - 1`. */
  figures: readonly FigureRow[]
  /** Built from every figure of both years, so "has reported" means the unit's whole report. */
  reading: Reading
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
  // Each unit's cell of the year once: it is scored, counted and (on the page) shown.
  const cells = input.units.map((unit) =>
    toCell(unit, indicator, year, thisYear.get(unit.code), undefined, reading),
  )
  const current = rankUnits(input.units, indicator, year, rankedBy, thisYear, (_, i) => cells[i] as WireCell)
  const before = rankUnits(input.previousUnits, indicator, year - 1, rankedBy, lastYear, (unit) =>
    toCell(unit, indicator, year - 1, lastYear.get(unit.code), undefined, reading),
  )
  const rankOf = input.units.map((unit) => current.ranks.get(unit.code) ?? null)
  // Ranked units first (ties in the order rankByScore gives them, by code), then units whose source
  // states no target (apart: they are not measured against one), then the rest in display order.
  const tier = (i: number) =>
    rankOf[i] !== null ? 0 : (cells[i] as WireCell).status === 'source_no_target' ? 1 : 2
  const order = input.units.map((_, i) => i)
  order.sort((a, b) => {
    const t = tier(a) - tier(b)
    const ra = rankOf[a] ?? null
    const rb = rankOf[b] ?? null
    if (t !== 0 || ra === null || rb === null) return t
    return (
      ra - rb || compareCodes((input.units[a] as Organisation).code, (input.units[b] as Organisation).code)
    )
  })
  const rowAt = (i: number): RankingRow => {
    const unit = input.units[i] as Organisation
    const cell = cellWithDefaults(cells[i] as WireCell)
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
  const coverage = reading.coverage(
    input.units.map((u) => u.code),
    year,
  )
  const page = pageOf(order.length, input.page ?? { all: true })
  const { start, end, ...pageInfo } = page
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
      reported: cells.filter((c) => (c.actual ?? null) !== null || (c.percent ?? null) !== null).length,
      ranked: rankOf.filter((r) => r !== null).length,
      sourceNoTarget: cells.filter((c) => c.status === 'source_no_target').length,
    },
    rankedBy,
    rows: order.slice(start, end).map(rowAt),
    page: pageInfo,
  }
}

function rankUnits(
  units: readonly Organisation[],
  indicator: Indicator,
  year: number,
  rankedBy: RankedBy,
  figures: ReadonlyMap<string, FigureRow>,
  /** The unit's cell of `year`, through toCell: a unit that does not count in this reading is not ranked either. */
  cellOf: (unit: Organisation, index: number) => WireCell,
): RankedYear {
  const marks = { illustrative: false, partialYear: false }
  const byPeriod = new Map<string, Array<{ code: string; score: number | null }>>()
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  units.forEach((unit, i) => {
    const cell = cellOf(unit, i)
    const score = (rankedBy === 'percent' ? cell.percent : cell.actual) ?? null
    if (score !== null) {
      marks.illustrative ||= cell.illustrative === true
      marks.partialYear ||= isPartYear(unit, indicator, year, figures.get(unit.code))
    }
    const key = periodKey(unit, yearStart, yearEnd)
    const list = byPeriod.get(key)
    if (list) list.push({ code: unit.code, score })
    else byPeriod.set(key, [{ code: unit.code, score }])
  })
  // Lower is better (e.g. a cost) ranks the smallest value first.
  const periods = [...byPeriod.values()].map((scores) => rankByScore(scores, indicator.higherIsBetter))
  if (periods.length === 1) return { ranks: periods[0] as Map<string, number>, marks }
  const ranks = new Map<string, number>()
  for (const period of periods) for (const [code, rank] of period) ranks.set(code, rank)
  return { ranks, marks }
}
