import type { Indicator, Organisation, Series } from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { indexFigures, indicatorsOfYear, toCell } from './cells.ts'
import type { Reading } from './reading.ts'

export interface SeriesInput {
  unit: Organisation
  indicators: readonly Indicator[]
  /** Every figure of this unit. */
  figures: readonly FigureRow[]
  reading: Reading
}

/** One unit over every year it has figures: a complete year × indicator grid for its charts. */
export function buildSeries({ unit, indicators, figures, reading }: SeriesInput): Omit<Series, 'sources'> {
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
