import {
  achievementPercent,
  statusOf,
  sumUnits,
  yoyChange,
  type Dashboard,
  type Indicator,
  type Organisation,
  type Total,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import { indexFigures, indicatorsOfYear, toCell, type FigureLookup } from './cells.ts'

export interface DashboardInput {
  year: number
  /** Units valid during `year`, in display order. */
  units: readonly Organisation[]
  /** All indicators in display order; those not yet tracked in `year` are left out here. */
  indicators: readonly Indicator[]
  /** Figures of `year` and `year - 1` (other units' rows are ignored). */
  figures: readonly FigureRow[]
}

/** The year's grid and city totals, without the source list (the caller looks sources up). */
export function buildDashboard(input: DashboardInput): Omit<Dashboard, 'sources'> {
  const { year, units } = input
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
      ),
    ),
  )
  return {
    year,
    units: [...units],
    indicators: indicators.map((i) => i.key),
    cells,
    totals: indicators.map((ind) => cityTotal(ind, units, year, figureAt)),
  }
}

/**
 * The city total is recomputed from the units shown (domain.md §4: sum the amounts, never the
 * percentages). Last year's total is taken over the same units, so the change compares like with like.
 */
function cityTotal(
  indicator: Indicator,
  units: readonly Organisation[],
  year: number,
  figureAt: FigureLookup,
): Total {
  const rowsOf = (y: number) =>
    units.flatMap((u) => {
      const row = figureAt(u.code, indicator.key, y)
      return row ? [row] : []
    })
  const sum = sumUnits(rowsOf(year))
  const previous = sumUnits(rowsOf(year - 1))
  const percent = achievementPercent(sum.actualOfTargeted, sum.target)
  return {
    indicator: indicator.key,
    actual: sum.actual,
    actualQualifier: sum.actualQualifier,
    target: sum.target,
    percent,
    status: statusOf({
      actual: sum.actual,
      target: sum.target,
      percent,
      higherIsBetter: indicator.higherIsBetter,
    }),
    previous: previous.actual,
    yoy: yoyChange(sum.actual, previous.actual),
    reported: sum.reported,
    expected: units.length,
    illustrative: sum.illustrative,
  }
}
