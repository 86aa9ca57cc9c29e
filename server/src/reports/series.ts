import {
  REORGANISATION_BREAK,
  unitGroupPhrase,
  type Indicator,
  type Organisation,
  type WireSeries,
  type SeriesBreak,
  type YearTotals,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { indexFigures, indicatorsOfYear, toCell } from './cells.ts'
import { levelTotals, rowTotals } from './level.ts'
import type { Reading } from './reading.ts'

export interface SeriesInput {
  unit: Organisation
  indicators: readonly Indicator[]
  /** Every figure of this unit. */
  figures: readonly FigureRow[]
  reading: Reading
}

/** One unit over every year it has figures: a complete year × indicator grid for its charts. */
export function buildSeries({
  unit,
  indicators,
  figures,
  reading,
}: SeriesInput): Pick<WireSeries, 'unit' | 'basis' | 'years' | 'yearReports' | 'cells'> {
  const figureAt = indexFigures(figures)
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b)
  const cells = years.flatMap((year) =>
    indicatorsOfYear(indicators, year).map((ind) =>
      toCell(
        unit,
        ind,
        year,
        figureAt(unit.code, ind.key, year),
        figureAt(unit.code, ind.key, year - 1),
        reading,
      ),
    ),
  )
  const yearReports = years.map((year) => {
    const { report, counted } = reading.at(unit.code, year)
    return { year, report, counted }
  })
  return { unit, basis: reading.basis, years, yearReports, cells }
}

export interface LevelSeriesInput {
  /** Every child the unit ever had. */
  children: readonly Organisation[]
  indicators: readonly Indicator[]
  /** Every figure of those children. */
  figures: readonly FigureRow[]
  reading: Reading
}

/** A level's totals year by year (the city from 2016 to 2026), each year over the children of that year. */
export function buildLevelSeries({ children, indicators, figures, reading }: LevelSeriesInput): YearTotals[] {
  const figureAt = indexFigures(figures)
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b)
  return years.map((year) => {
    const units = children.filter(
      (u) => u.validFrom <= `${year}-12-31` && (u.validTo === null || u.validTo >= `${year}-01-01`),
    )
    const level = levelTotals(
      units,
      indicatorsOfYear(indicators, year),
      year,
      rowTotals(year, figureAt, reading),
    )
    return {
      year,
      groupPhrase: unitGroupPhrase(year),
      groups: level.groups.map(({ units: _units, ...g }) => g),
      totalsBasis: level.totalsBasis,
      coverage: reading.coverage(
        units.map((u) => u.code),
        year,
      ),
      totals: level.totals,
    }
  })
}

/**
 * The 2025 break, when a series reaches it: a level series with years on both sides (or 2025
 * itself), or a unit the change ended or began. `sourceIdOf` resolves a fact's source in this database.
 */
export function seriesBreak(
  unit: Organisation,
  years: readonly number[],
  sourceIdOf: (slug: string) => number | null,
): SeriesBreak | null {
  const b = REORGANISATION_BREAK
  const spans = years.some((y) => y <= b.year) && years.some((y) => y >= b.year)
  const touched = unit.validTo === b.lastDayBefore || unit.validFrom === b.firstDayAfter
  if (!spans && !touched) return null
  return {
    year: b.year,
    lastDayBefore: b.lastDayBefore,
    firstDayAfter: b.firstDayAfter,
    title: b.title,
    text: b.text,
    unionsDrop: b.unionsDrop,
    facts: b.facts.map(({ sourceSlug, ...fact }) => {
      const sourceId = sourceSlug === null ? null : sourceIdOf(sourceSlug)
      return { ...fact, sourceId, quote: sourceId === null ? null : fact.quote }
    }),
  }
}
