import {
  totalOf,
  type Cell,
  type Dashboard,
  type Indicator,
  type Organisation,
  type Total,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { indexFigures, indicatorsOfYear, toCell } from './cells.ts'
import type { Reading } from './reading.ts'

export interface DashboardInput {
  year: number
  /** Units valid during `year`, in display order. */
  units: readonly Organisation[]
  /** All indicators in display order; those not yet tracked in `year` are left out here. */
  indicators: readonly Indicator[]
  /** Figures of `year` and `year - 1` (other units' rows are ignored). */
  figures: readonly FigureRow[]
  reading: Reading
}

/** The year's grid, coverage and city totals, without the source list (the caller looks sources up). */
export function buildDashboard(input: DashboardInput): Omit<Dashboard, 'sources'> {
  const { year, units, reading } = input
  const figureAt = indexFigures(input.figures)
  const indicators = indicatorsOfYear(input.indicators, year)
  const cells = units.flatMap((unit) =>
    indicators.map((ind) =>
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
  const codes = units.map((u) => u.code)
  return {
    year,
    basis: reading.basis,
    coverage: reading.coverage(codes, year),
    units: [...units],
    unitReports: codes.map((code) => {
      const { report, counted } = reading.at(code, year)
      return { unit: code, report, counted }
    }),
    indicators: indicators.map((i) => i.key),
    cells,
    totals: indicators.map((ind) => cityTotal(ind, cells, codes.length, reading)),
  }
}

/**
 * The city total is recomputed from the units shown, from the cells of this very response (so a
 * unit that does not count here counts nowhere): the contracts' `totalOf` does the arithmetic.
 */
function cityTotal(indicator: Indicator, cells: readonly Cell[], expected: number, reading: Reading): Total {
  const own = cells.filter((c) => c.indicator === indicator.key)
  const total = totalOf(
    own.map((c) => ({
      reported: reading.at(c.unit, c.year).counted,
      actual: c.actual,
      actualQualifier: c.actualQualifier,
      target: c.target,
      illustrative: c.illustrative,
      previous: c.previous,
    })),
    indicator.higherIsBetter,
  )
  return { indicator: indicator.key, expected, ...total }
}
