// Turns stored figures into the contract's cells. All percentages, statuses, year-on-year changes
// and the marks they inherit come from the contracts' KPI maths (cellKpi, markedChange); nothing
// here computes a percentage itself.
import {
  cellKpi,
  coversWholeYear,
  markedChange,
  quoteParts,
  sourceSilentOnTarget,
  targetNote,
  type WireCell,
  type Indicator,
  type MarkedFigure,
  type Organisation,
  type Period,
  unitPeriodInYear,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import type { Reading } from './reading.ts'

export type IndicatorRule = Pick<Indicator, 'key' | 'higherIsBetter' | 'takesTarget' | 'measure'>
export type CellUnit = Pick<Organisation, 'code' | 'validFrom' | 'validTo'>
export type FigureLookup = (unit: string, indicator: string, year: number) => FigureRow | undefined

/** unit → indicator → year: no key string is built per lookup (a level answer makes tens of thousands). */
export function indexFigures(rows: readonly FigureRow[]): FigureLookup {
  const byUnit = new Map<string, Map<string, Map<number, FigureRow>>>()
  for (const row of rows) {
    let byIndicator = byUnit.get(row.unit)
    if (!byIndicator) byUnit.set(row.unit, (byIndicator = new Map<string, Map<number, FigureRow>>()))
    let byYear = byIndicator.get(row.indicator)
    if (!byYear) byIndicator.set(row.indicator, (byYear = new Map<number, FigureRow>()))
    byYear.set(row.year, row)
  }
  return (unit, indicator, year) => byUnit.get(unit)?.get(indicator)?.get(year)
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
 * How much of the year a figure covers: the source's own cut-off (`period`/`timing` stored), or, for
 * a flow, the part of the year its unit existed (a stock is read at a date and stays whole).
 */
export function periodOf(
  unit: CellUnit,
  indicator: Pick<IndicatorRule, 'measure'>,
  year: number,
  row: Pick<FigureRow, 'period' | 'timing'> | undefined,
): { period: Period; timing: string | null } {
  if (row && row.period !== 'year') return { period: row.period, timing: row.timing }
  if (indicator.measure === 'flow' && !coversWholeYear(unit, year)) {
    return { period: 'part_year', timing: row?.timing ?? `Đơn vị hoạt động ${unitPeriodInYear(unit, year)}` }
  }
  return { period: 'year', timing: row?.timing ?? null }
}

/** Whether a figure covers part of the year (`periodOf` without the words). */
export function isPartYear(
  unit: CellUnit,
  indicator: Pick<IndicatorRule, 'measure'>,
  year: number,
  row: Pick<FigureRow, 'period'> | undefined,
): boolean {
  return partYear(row?.period, indicator.measure, coversWholeYear(unit, year))
}

/** `isPartYear` from the stored period (if any), the measure and whether the unit lived all year. */
export function partYear(
  period: Period | null | undefined,
  measure: IndicatorRule['measure'],
  wholeYear: boolean,
) {
  if (period != null && period !== 'year') return period === 'part_year'
  return measure === 'flow' && !wholeYear
}

/** What a counted figure passes on to a number derived from it. */
export function markedFigure(
  unit: CellUnit,
  indicator: IndicatorRule,
  year: number,
  row: FigureRow,
): MarkedFigure & { value: number | null } {
  return {
    value: row.actual,
    qualifier: row.actualQualifier,
    illustrative: row.illustrative,
    partialYear: isPartYear(unit, indicator, year, row),
  }
}

/**
 * One unit × indicator × year. A missing figure still yields a cell (status no_data, nulls), so every
 * grid the web draws is complete; `previous` is kept when only last year's figure exists. A unit whose
 * figures do not count in this reading (not reported, or not accepted) keeps only its target and gets
 * a neutral status; last year's figure counts on the same basis.
 */
export function toCell(
  unit: CellUnit,
  indicator: IndicatorRule,
  year: number,
  row: FigureRow | undefined,
  previous: FigureRow | undefined,
  reading: Reading,
): WireCell {
  const state = reading.at(unit.code, year)
  const shown = state.counted ? row : undefined
  const actual = shown?.actual ?? null
  const target = row?.target ?? null
  const statedPercent = shown?.statedPercent ?? null
  const previousShown = reading.at(unit.code, year - 1).counted ? previous : undefined
  const previousActual = previousShown?.actual ?? null
  const targetSilent =
    shown !== undefined &&
    sourceSilentOnTarget({
      illustrative: shown.illustrative,
      sourceId: shown.sourceId,
      target,
      takesTarget: indicator.takesTarget,
    })
  const kpi = cellKpi(
    { actual, target, statedPercent, targetSilent },
    previousActual,
    indicator.higherIsBetter,
  )
  const change = markedChange(
    shown ? markedFigure(unit, indicator, year, shown) : null,
    previousShown && previousShown.actual !== null
      ? markedFigure(unit, indicator, year - 1, previousShown)
      : null,
  )
  const { period, timing } = periodOf(unit, indicator, year, shown ?? row)
  const quote = shown?.quote ?? null
  // Only what differs from the contract's defaults is written (cellSchema fills the rest on decode).
  const cell: WireCell = {
    unit: unit.code,
    indicator: indicator.key,
    year,
    status: state.counted ? kpi.status : reading.missing(state),
  }
  if (state.report !== 'none') cell.report = state.report
  if (actual !== null) cell.actual = actual
  if (shown && shown.actualQualifier !== 'exact') cell.actualQualifier = shown.actualQualifier
  if (target !== null) cell.target = target
  if (row?.targetDerived) cell.targetDerived = true
  if (statedPercent !== null) cell.statedPercent = statedPercent
  if (state.counted && kpi.percent !== null) cell.percent = kpi.percent
  if (state.counted && kpi.percentBasis !== null) cell.percentBasis = kpi.percentBasis
  if (previousActual !== null) cell.previous = previousActual
  if (change.yoy !== null) cell.yoy = change.yoy
  const marks = change.derivedFrom
  if (marks.illustrative || marks.partialYear || marks.bound !== 'exact') {
    const derivedFrom: NonNullable<WireCell['derivedFrom']> = {}
    if (marks.illustrative) derivedFrom.illustrative = true
    if (marks.partialYear) derivedFrom.partialYear = true
    if (marks.bound !== 'exact') derivedFrom.bound = marks.bound
    cell.derivedFrom = derivedFrom
  }
  if (shown?.illustrative) cell.illustrative = true
  if (period !== 'year') cell.period = period
  if (timing !== null) cell.timing = timing
  const note = row ? targetNote(row) : null
  if (note !== null) cell.targetNote = note
  if (row?.note != null && reading.showNote(unit.code, state)) cell.note = row.note
  if (shown && shown.sourceId !== null) cell.sourceId = shown.sourceId
  if (quote !== null) {
    cell.quote = quote
    cell.quoteParts = quoteParts(quote)
  }
  return cell
}

/** Distinct source ids, for the `sources` list every response carries beside its figures. */
export function sourceIdsOf(items: ReadonlyArray<{ sourceId?: number | null | undefined }>): number[] {
  const ids = new Set<number>()
  for (const item of items) if (item.sourceId != null) ids.add(item.sourceId)
  return [...ids].sort((a, b) => a - b)
}
