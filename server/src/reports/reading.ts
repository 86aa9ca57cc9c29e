// What one read may show: which units' figures count (latest or accepted only) and whose notes the
// reader may see. Every builder asks this, so the rules of coverage/contracts.ts apply everywhere.
import {
  countsInBasis,
  emptyReportCounts,
  missingStatus,
  noteVisible,
  type Coverage,
  type DataBasis,
  type NoteReader,
  type ReportState,
  type Status,
} from '@ldld/db/contracts'
import type { ReportStateRow } from '../repositories/index.ts'

export interface ReadOptions {
  basis: DataBasis
  /** Who reads (null: anonymous, with the public view on). */
  reader: NoteReader | null
}

export interface UnitYear {
  report: ReportState
  /** The unit has entered at least one figure that year (an amount or a stated %). */
  hasFigures: boolean
  /** Its figures count in this view. */
  counted: boolean
}

export interface Reading {
  basis: DataBasis
  at(unit: string, year: number): UnitYear
  /** The neutral status of a unit whose figures do not count. */
  missing(state: UnitYear): Status
  showNote(unit: string, state: UnitYear): boolean
  coverage(units: readonly string[], year: number): Coverage
}

/**
 * year → unit: a handful of maps whatever the number of units (a national level reads thousands of
 * units; a map per unit was most of a ranking's garbage), and no key string built per row.
 */
function byYearUnit<T>(rows: ReadonlyArray<{ unit: string; year: number }>, value: (i: number) => T) {
  const map = new Map<number, Map<string, T>>()
  let lastYear: number | undefined
  let units: Map<string, T> | undefined
  rows.forEach((r, i) => {
    if (r.year !== lastYear) {
      lastYear = r.year
      units = map.get(r.year)
      if (!units) map.set(r.year, (units = new Map<string, T>()))
    }
    ;(units as Map<string, T>).set(r.unit, value(i))
  })
  return map
}

export function createReading(
  { basis, reader }: ReadOptions,
  /**
   * Unit × year pairs with at least one entered figure (an amount or a stated %), or whether a unit
   * entered any in a year (a large level's, read into an array by place).
   */
  reported: ReadonlyArray<{ unit: string; year: number }> | ((unit: string, year: number) => boolean),
  reports: readonly ReportStateRow[],
): Reading {
  let entered: (unit: string, year: number) => boolean
  if (typeof reported === 'function') entered = reported
  else {
    const withFigures = byYearUnit(reported, () => true)
    entered = (unit, year) => withFigures.get(year)?.has(unit) === true
  }
  const states = byYearUnit(reports, (i) => (reports[i] as ReportStateRow).status)
  // A unit-year's reading is one of a few (report state × entered or not): each is made once and
  // shared, so asking for it (once per cell) allocates nothing.
  const shared = [new Map<ReportState, UnitYear>(), new Map<ReportState, UnitYear>()] as const
  const at = (unit: string, year: number): UnitYear => {
    const report: ReportState = states.get(year)?.get(unit) ?? 'none'
    const hasFigures = entered(unit, year)
    const alike = shared[hasFigures ? 1 : 0]
    let found = alike.get(report)
    if (!found)
      alike.set(report, (found = { report, hasFigures, counted: countsInBasis(report, hasFigures, basis) }))
    return found
  }
  return {
    basis,
    at,
    missing: (state) => missingStatus(state.report, state.hasFigures, basis),
    // Accepted only shows nothing of a report the city has not accepted, its notes included.
    showNote: (unit, state) =>
      (state.counted || basis === 'latest') && noteVisible(reader, unit, state.report),
    coverage(units, year) {
      return coverageOf(
        units.map((unit) => ({ ...at(unit, year), units: 1 })),
        units.length,
        basis,
      )
    },
  }
}

/** Units alike for coverage: `units` of them in one report state, with or without entered figures. */
export interface StateCount {
  report: ReportState
  hasFigures: boolean
  units: number
}

/**
 * A level's coverage from its children's states (one per child, or counted: `level_units`), out of
 * `expected` children; those not listed have no report and nothing entered.
 */
export function coverageOf(states: Iterable<StateCount>, expected: number, basis: DataBasis): Coverage {
  const counts = emptyReportCounts()
  let reported = 0
  let listed = 0
  for (const state of states) {
    // A draft with nothing entered (e.g. made when the city set targets) has not started.
    const started = state.hasFigures || state.report === 'submitted' || state.report === 'accepted'
    counts[started ? state.report : 'none'] += state.units
    if (countsInBasis(state.report, state.hasFigures, basis)) reported += state.units
    listed += state.units
  }
  counts.none += expected - listed
  return { basis, expected, reported, reports: counts }
}
