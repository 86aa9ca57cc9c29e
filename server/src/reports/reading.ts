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

/** unit → years: no key string is built per row (a national level reads hundreds of thousands). */
function byUnitYear<T>(rows: Iterable<{ unit: string; year: number }>, value: (i: number) => T) {
  const map = new Map<string, Map<number, T>>()
  let i = 0
  let years: Map<number, T> | undefined
  let lastUnit: string | undefined
  for (const r of rows) {
    // A level's figures come unit by unit: look a unit up once per run of its rows.
    if (r.unit !== lastUnit) {
      lastUnit = r.unit
      years = map.get(r.unit)
      if (!years) map.set(r.unit, (years = new Map<number, T>()))
    }
    ;(years as Map<number, T>).set(r.year, value(i))
    i += 1
  }
  return map
}

export function createReading(
  { basis, reader }: ReadOptions,
  /** Unit × year pairs with at least one entered figure (an amount or a stated %). */
  reported: ReadonlyArray<{ unit: string; year: number }>,
  reports: readonly ReportStateRow[],
): Reading {
  const withFigures = byUnitYear(reported, () => true)
  const states = byUnitYear(reports, (i) => (reports[i] as ReportStateRow).status)
  // Asked once per cell and total input: answered from a memo by unit, then year.
  const memo = new Map<string, Map<number, UnitYear>>()
  const at = (unit: string, year: number): UnitYear => {
    let byYear = memo.get(unit)
    if (!byYear) memo.set(unit, (byYear = new Map<number, UnitYear>()))
    const known = byYear.get(year)
    if (known) return known
    const report: ReportState = states.get(unit)?.get(year) ?? 'none'
    const hasFigures = withFigures.get(unit)?.has(year) === true
    const found = { report, hasFigures, counted: countsInBasis(report, hasFigures, basis) }
    byYear.set(year, found)
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
