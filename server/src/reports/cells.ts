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
  type Cell,
  type GridColumn,
  type GridMark,
  type GridValue,
  type WireCell,
  type Indicator,
  type MarkedFigure,
  type Organisation,
  type Period,
  type Status,
  unitPeriodInYear,
} from '@ldld/db/contracts'
import type { FigureRow } from '../repositories/index.ts'
import type { Reading, UnitYear } from './reading.ts'

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
  const timing = row?.timing ?? null
  return timing === null ? WHOLE_YEAR : { period: 'year', timing }
}

/** Most cells' period, shared (a page of 4.500 cells made an object for each). */
const WHOLE_YEAR = Object.freeze({ period: 'year', timing: null } as const)

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

type ValuedFigure = MarkedFigure & { value: number | null }
const unmarked = (): ValuedFigure => ({
  value: null,
  qualifier: 'exact',
  illustrative: false,
  partialYear: false,
})

/**
 * What a counted figure passes on to a number derived from it; written into `into` when given (a
 * page's cells reuse two: `markedChange` keeps nothing of its inputs).
 */
export function markedFigure(
  unit: CellUnit,
  indicator: IndicatorRule,
  year: number,
  row: FigureRow,
  into: ValuedFigure = unmarked(),
): ValuedFigure {
  into.value = row.actual
  into.qualifier = row.actualQualifier
  into.illustrative = row.illustrative
  into.partialYear = isPartYear(unit, indicator, year, row)
  return into
}

const markedNow = unmarked()
const markedBefore = unmarked()

/** A unit's reading of a year and of the year before (`reading.at`). */
export interface UnitStates {
  now: UnitYear
  before: UnitYear
}

/** `markedChange` of a cell without last year's figure. */
const NO_CHANGE = markedChange(null, null)

/** Where `writeCell` puts a cell's fields: a slim wire cell (`toCell`) or a grid's columns (`CellGridWriter`). */
export interface CellSink {
  status(value: Status): void
  /** Only fields that differ from their default are given. */
  set<K extends GridColumn>(field: K, value: GridValue<K>): void
  mark<K extends GridMark>(mark: K, value: Cell['derivedFrom'][K]): void
  /**
   * The sink keeps only the status, actual, % and illustrative mark (a ranking's score): the cell's
   * period, notes, source and quote are not worked out.
   */
  scoreOnly?: boolean
}

/**
 * One unit × indicator × year. A missing figure still yields a cell (status no_data, nulls), so every
 * grid the web draws is complete; `previous` is kept when only last year's figure exists. A unit whose
 * figures do not count in this reading (not reported, or not accepted) keeps only its target and gets
 * a neutral status; last year's figure counts on the same basis. Writes only what differs from the
 * contract's defaults (cellSchema and the grid's decoding fill the rest). Keeps nothing of `row` and
 * `previous` (a dashboard's page fills the same two objects for every cell).
 */
export function writeCell(
  sink: CellSink,
  unit: CellUnit,
  indicator: IndicatorRule,
  year: number,
  row: FigureRow | undefined,
  previous: FigureRow | undefined,
  reading: Reading,
  /** The unit's states of `year` and `year - 1` when the caller has them (a page asks once per unit). */
  states?: UnitStates,
): void {
  const state = states?.now ?? reading.at(unit.code, year)
  const shown = state.counted ? row : undefined
  const actual = shown?.actual ?? null
  const target = row?.target ?? null
  const statedPercent = shown?.statedPercent ?? null
  const previousShown =
    previous !== undefined && (states?.before ?? reading.at(unit.code, year - 1)).counted
      ? previous
      : undefined
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
  // Without last year's figure there is no change and nothing to mark (markedChange's own answer,
  // made once instead of per cell).
  const change =
    previousShown && previousShown.actual !== null
      ? markedChange(
          shown ? markedFigure(unit, indicator, year, shown, markedNow) : null,
          markedFigure(unit, indicator, year - 1, previousShown, markedBefore),
        )
      : NO_CHANGE
  sink.status(state.counted ? kpi.status : reading.missing(state))
  if (state.report !== 'none') sink.set('report', state.report)
  if (actual !== null) sink.set('actual', actual)
  if (shown && shown.actualQualifier !== 'exact') sink.set('actualQualifier', shown.actualQualifier)
  if (target !== null) sink.set('target', target)
  if (row?.targetDerived) sink.set('targetDerived', true)
  if (statedPercent !== null) sink.set('statedPercent', statedPercent)
  if (state.counted && kpi.percent !== null) sink.set('percent', kpi.percent)
  if (state.counted && kpi.percentBasis !== null) sink.set('percentBasis', kpi.percentBasis)
  if (previousActual !== null) sink.set('previous', previousActual)
  if (change.yoy !== null) sink.set('yoy', change.yoy)
  const marks = change.derivedFrom
  if (marks.illustrative) sink.mark('illustrative', true)
  if (marks.partialYear) sink.mark('partialYear', true)
  if (marks.bound !== 'exact') sink.mark('bound', marks.bound)
  if (shown?.illustrative) sink.set('illustrative', true)
  if (sink.scoreOnly === true) return
  const { period, timing } = periodOf(unit, indicator, year, shown ?? row)
  const quote = shown?.quote ?? null
  if (period !== 'year') sink.set('period', period)
  if (timing !== null) sink.set('timing', timing)
  const note = row ? targetNote(row) : null
  if (note !== null) sink.set('targetNote', note)
  if (row?.note != null && reading.showNote(unit.code, state)) sink.set('note', row.note)
  if (shown && shown.sourceId !== null) sink.set('sourceId', shown.sourceId)
  if (quote !== null) sink.set('quote', quote)
}

/** `writeCell` into a slim wire cell (series and rankings: a few hundred cells at most). */
export function toCell(
  unit: CellUnit,
  indicator: IndicatorRule,
  year: number,
  row: FigureRow | undefined,
  previous: FigureRow | undefined,
  reading: Reading,
): WireCell {
  const cell: WireCell = { unit: unit.code, indicator: indicator.key, year, status: 'no_data' }
  const fields = cell as Record<string, unknown>
  writeCell(
    {
      status: (value) => {
        cell.status = value
      },
      set: (field, value) => {
        fields[field] = value
        if (field === 'quote') cell.quoteParts = quoteParts(value as string)
      },
      mark: (mark, value) => {
        cell.derivedFrom = { ...cell.derivedFrom, [mark]: value }
      },
    },
    unit,
    indicator,
    year,
    row,
    previous,
    reading,
  )
  return cell
}

/** What a ranking scores and counts a cell by (`writeCell`'s answer, without the rest of the cell). */
export interface CellScore {
  status: Status
  actual: number | null
  percent: number | null
  illustrative: boolean
}

// One sink for every scored cell: a ranking scores each child of a level (thousands), and a wire
// cell with its closures per child was most of its time (issue 8).
let scoring: CellScore = { status: 'no_data', actual: null, percent: null, illustrative: false }
const scoreSink: CellSink = {
  status: (value) => {
    scoring.status = value
  },
  set: (field, value) => {
    if (field === 'actual') scoring.actual = value as number
    else if (field === 'percent') scoring.percent = value as number
    else if (field === 'illustrative') scoring.illustrative = value as boolean
  },
  mark: () => undefined,
  scoreOnly: true,
}

/**
 * `writeCell`'s status, actual, % and illustrative mark of one unit × indicator × year, written into
 * `into` (a ranking reuses one for thousands of units) or a new one.
 */
export function scoreCell(
  unit: CellUnit,
  indicator: IndicatorRule,
  year: number,
  row: FigureRow | undefined,
  reading: Reading,
  into?: CellScore,
): CellScore {
  const score = into ?? { status: 'no_data', actual: null, percent: null, illustrative: false }
  score.status = 'no_data'
  score.actual = null
  score.percent = null
  score.illustrative = false
  scoring = score
  writeCell(scoreSink, unit, indicator, year, row, undefined, reading)
  return score
}

/** Distinct source ids, for the `sources` list every response carries beside its figures. */
export function sourceIdsOf(items: ReadonlyArray<{ sourceId?: number | null | undefined }>): number[] {
  const ids = new Set<number>()
  for (const item of items) if (item.sourceId != null) ids.add(item.sourceId)
  return [...ids].sort((a, b) => a - b)
}
