// Turns stored figures into the contract's cells. All percentages, statuses and year-on-year changes
// come from the contracts' KPI maths (cellKpi); nothing here computes a percentage itself.
import { cellKpi, type Cell, type Indicator } from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import type { Reading } from './reading.ts'

export type IndicatorRule = Pick<Indicator, 'key' | 'higherIsBetter'>

export type FigureLookup = (unit: string, indicator: string, year: number) => FigureRow | undefined

export function indexFigures(rows: readonly FigureRow[]): FigureLookup {
  const byCell = new Map<string, FigureRow>()
  for (const row of rows) byCell.set(`${row.unit}|${row.indicator}|${row.year}`, row)
  return (unit, indicator, year) => byCell.get(`${unit}|${indicator}|${year}`)
}

/** Indicators the city tracked in `year`: new_unions_25plus only exists from 2024 (domain.md §4). */
export function indicatorsOfYear<T extends Pick<Indicator, 'firstYear' | 'lastYear'>>(
  all: readonly T[],
  year: number,
): T[] {
  return all.filter(
    (i) => (i.firstYear === null || i.firstYear <= year) && (i.lastYear === null || i.lastYear >= year),
  )
}

/**
 * One unit × indicator × year. A missing figure still yields a cell (status no_data, nulls), so every
 * grid the web draws is complete; `previous` is kept when only last year's figure exists. A unit whose
 * figures do not count in this reading (not reported, or not accepted) keeps only its target and gets
 * a neutral status; last year's figure counts on the same basis.
 */
export function toCell(
  unit: string,
  indicator: IndicatorRule,
  year: number,
  row: FigureRow | undefined,
  previous: FigureRow | undefined,
  reading: Reading,
): Cell {
  const state = reading.at(unit, year)
  const shown = state.counted ? row : undefined
  const actual = shown?.actual ?? null
  const target = row?.target ?? null
  const statedPercent = shown?.statedPercent ?? null
  const previousActual = reading.at(unit, year - 1).counted ? (previous?.actual ?? null) : null
  const kpi = cellKpi({ actual, target, statedPercent }, previousActual, indicator.higherIsBetter)
  return {
    unit,
    indicator: indicator.key,
    year,
    actual,
    actualQualifier: shown?.actualQualifier ?? 'exact',
    target,
    targetDerived: row?.targetDerived ?? false,
    statedPercent,
    percent: state.counted ? kpi.percent : null,
    percentBasis: state.counted ? kpi.percentBasis : null,
    status: state.counted ? kpi.status : reading.missing(state),
    previous: previousActual,
    yoy: kpi.yoy,
    illustrative: shown?.illustrative ?? false,
    note: row?.note != null && reading.showNote(unit, state) ? row.note : null,
    sourceId: shown?.sourceId ?? null,
    quote: shown?.quote ?? null,
    report: state.report,
  }
}

/** Distinct source ids, for the `sources` list every response carries beside its figures. */
export function sourceIdsOf(items: ReadonlyArray<{ sourceId: number | null }>): number[] {
  const ids = new Set<number>()
  for (const item of items) if (item.sourceId !== null) ids.add(item.sourceId)
  return [...ids].sort((a, b) => a - b)
}
