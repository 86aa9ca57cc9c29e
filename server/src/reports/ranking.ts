import {
  rankByScore,
  type Indicator,
  type Organisation,
  type Ranking,
  type RankingRow,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { indexFigures, toCell, type FigureLookup } from './cells.ts'
import type { Reading } from './reading.ts'

export interface RankingInput {
  indicator: Indicator
  year: number
  /** Units valid during `year`, and during `year - 1` for last year's ranks. */
  units: readonly Organisation[]
  previousUnits: readonly Organisation[]
  /** This indicator's figures of `year` and `year - 1`. */
  figures: readonly FigureRow[]
  /** Built from every figure of both years, so "has reported" means the unit's whole report. */
  reading: Reading
}

type RankedBy = Ranking['rankedBy']

/** Units ranked on one indicator, with last year's rank from the same rule (competition ranking). */
export function buildRanking(input: RankingInput): Omit<Ranking, 'sources'> {
  const { indicator, year, reading } = input
  // Indicators with targets are compared on % đạt (districts differ tenfold in size); others on amounts.
  const rankedBy: RankedBy = indicator.takesTarget ? 'percent' : 'value'
  const figureAt = indexFigures(input.figures)
  const ranks = rankUnits(input.units, indicator, year, rankedBy, figureAt, reading)
  const previousRanks = rankUnits(input.previousUnits, indicator, year - 1, rankedBy, figureAt, reading)

  const rows: RankingRow[] = input.units.map((unit) => {
    const cell = toCell(
      unit.code,
      indicator,
      year,
      figureAt(unit.code, indicator.key, year),
      undefined,
      reading,
    )
    const rank = ranks.get(unit.code) ?? null
    const previousRank = previousRanks.get(unit.code) ?? null
    return {
      unit: unit.code,
      name: unit.name,
      rank,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      actual: cell.actual,
      actualQualifier: cell.actualQualifier,
      target: cell.target,
      percent: cell.percent,
      status: cell.status,
      illustrative: cell.illustrative,
      sourceId: cell.sourceId,
      report: cell.report,
    }
  })
  // Ranked units first, ties in the order rankByScore gives them (by code); the rest keep display order.
  rows.sort((a, b) => {
    if (a.rank === null || b.rank === null) return (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0)
    return a.rank - b.rank || a.unit.localeCompare(b.unit)
  })
  const coverage = reading.coverage(
    input.units.map((u) => u.code),
    year,
  )
  return {
    indicator: indicator.key,
    year,
    basis: reading.basis,
    // Per indicator: units with a figure for it (a unit may report and leave one indicator blank).
    coverage: {
      ...coverage,
      reported: rows.filter((r) => r.actual !== null || r.percent !== null).length,
      ranked: rows.filter((r) => r.rank !== null).length,
    },
    rankedBy,
    rows,
  }
}

function rankUnits(
  units: readonly Organisation[],
  indicator: Indicator,
  year: number,
  rankedBy: RankedBy,
  figureAt: FigureLookup,
  reading: Reading,
): Map<string, number> {
  const scores = units.map((unit) => {
    // Through toCell, so a unit that does not count in this reading is not ranked either.
    const cell = toCell(
      unit.code,
      indicator,
      year,
      figureAt(unit.code, indicator.key, year),
      undefined,
      reading,
    )
    const score = rankedBy === 'percent' ? cell.percent : cell.actual
    return { code: unit.code, score }
  })
  // Lower is better (e.g. a cost) ranks the smallest value first.
  return rankByScore(scores, indicator.higherIsBetter)
}
