import type { Indicator, Organisation, Series } from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { indexFigures, indicatorsOfYear, toCell } from './cells.ts'

export interface SeriesInput {
  unit: Organisation
  indicators: readonly Indicator[]
  /** Every figure of this unit. */
  figures: readonly FigureRow[]
}

/** One unit over every year it has figures: a complete year × indicator grid for its charts. */
export function buildSeries({ unit, indicators, figures }: SeriesInput): Omit<Series, 'sources'> {
  const figureAt = indexFigures(figures)
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b)
  const cells = years.flatMap((year) =>
    indicatorsOfYear(indicators, year).map((ind) =>
      toCell(
        unit.code,
        ind,
        year,
        figureAt(unit.code, ind.key, year),
        figureAt(unit.code, ind.key, year - 1),
      ),
    ),
  )
  return { unit, years, cells }
}
