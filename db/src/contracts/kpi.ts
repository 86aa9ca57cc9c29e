// The KPI maths, written once (domain.md §4). Server, web, seed, exports and tests import these;
// nobody re-derives a percentage elsewhere.
import type { Qualifier, Status } from './enums.ts'

/** Lower edge of the "gần đạt" band, in percent of target. */
export const NEAR_THRESHOLD = 90

/** Round to one decimal, the precision every report and screen shows ("176,8%"). */
export function roundPercent(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * % đạt = actual / target × 100, rounded to one decimal. The status band is decided on this
 * rounded value, so what the user reads ("100,0%") and the colour never disagree.
 */
export function achievementPercent(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target <= 0) return null
  return roundPercent((actual / target) * 100)
}

/** Change on the year before, in percent; null when either year is missing or the base is zero. */
export function yoyChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null
  return roundPercent(((current - previous) / Math.abs(previous)) * 100)
}

export interface StatusInput {
  actual: number | null
  target: number | null
  percent: number | null
  higherIsBetter: boolean
}

/** achieved ≥ 100 %, near 90–<100 %, below < 90 %; reversed when lower is better. */
export function statusOf({ actual, target, percent, higherIsBetter }: StatusInput): Status {
  if (actual === null && percent === null) return 'no_data'
  if (percent === null) {
    // A zero target is met by any non-negative result (and missed by any positive one if lower is better).
    if (target === 0 && actual !== null) return higherIsBetter || actual === 0 ? 'achieved' : 'below'
    return 'no_target'
  }
  if (higherIsBetter) {
    if (percent >= 100) return 'achieved'
    return percent >= NEAR_THRESHOLD ? 'near' : 'below'
  }
  if (percent <= 100) return 'achieved'
  return percent <= (100 * 100) / NEAR_THRESHOLD ? 'near' : 'below'
}

export interface CellInput {
  actual: number | null
  target: number | null
  statedPercent: number | null
}

export interface CellKpi {
  percent: number | null
  /** 'computed' from actual/target, or 'stated' by the source when it gave no amounts. */
  percentBasis: 'computed' | 'stated' | null
  status: Status
  yoy: number | null
}

/** Percent, status and year-on-year change of one unit × indicator × year. */
export function cellKpi(cell: CellInput, previousActual: number | null, higherIsBetter: boolean): CellKpi {
  const computed = achievementPercent(cell.actual, cell.target)
  const percent = computed ?? (cell.statedPercent === null ? null : roundPercent(cell.statedPercent))
  const percentBasis = computed !== null ? 'computed' : percent !== null ? 'stated' : null
  const status = statusOf({ actual: cell.actual, target: cell.target, percent, higherIsBetter })
  return { percent, percentBasis, status, yoy: yoyChange(cell.actual, previousActual) }
}

export interface TotalUnit {
  /** The unit's figures count in the view this year (it has reported; or, accepted only, its report is accepted). */
  reported: boolean
  actual: number | null
  actualQualifier: Qualifier
  /** Kept when the unit has not reported: its target is stated apart, never put in the %. */
  target: number | null
  illustrative: boolean
  /** Last year's actual, read on the same basis; null when the unit did not report it then. */
  previous: number | null
}

/** What a total is computed from, so every view can state it beside the number. */
export interface TotalBasis {
  /** Units whose figures make `actual` and `target` (those with a target, when any has one). */
  units: number
  /** Units that reported but have no target, so are not in the %: "+ 3 đơn vị không giao chỉ tiêu: 4.120". */
  rest: { units: number; actual: number; actualQualifier: Qualifier } | null
  /** Everything reported: `actual` plus the rest. */
  allActual: number | null
  /** Units without a figure for this indicator, and the sum of their targets (not in the %). */
  notReported: { units: number; target: number | null }
  /** Units compared with last year: those that reported in both years. */
  change: { units: number }
}

export interface TotalFigures {
  /** The result the % is computed from; with `target`, exactly the two numbers a view shows together. */
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  percent: number | null
  status: Status
  /** Last year's sum over the same units as `yoy` (those that reported in both years). */
  previous: number | null
  yoy: number | null
  /** Units with a figure for this indicator. */
  reported: number
  illustrative: boolean
  basis: TotalBasis
}

function boundOf(units: readonly TotalUnit[]): Qualifier {
  return units.some((u) => u.actualQualifier === 'at_least') ? 'at_least' : 'exact'
}

const sum = (values: readonly number[]) => values.reduce((a, v) => a + v, 0)

/**
 * A city total over the units that reported, never over the blanks of those that have not: a year
 * in progress reads as "12/30 đơn vị, 108%", not as "✗ 4,7%". Amounts are summed (flows and stocks
 * alike), the % is sum(actual)/sum(target) over the units that have both, never an average of
 * percents, and the change from last year compares the same units in both years (domain.md §4).
 */
export function totalOf(units: readonly TotalUnit[], higherIsBetter: boolean): TotalFigures {
  const counted = units.filter((u): u is TotalUnit & { actual: number } => u.reported && u.actual !== null)
  const targeted = counted.filter((u) => u.target !== null)
  const shown = targeted.length > 0 ? targeted : counted
  const restUnits = targeted.length > 0 ? counted.filter((u) => u.target === null) : []
  const actual = shown.length > 0 ? sum(shown.map((u) => u.actual)) : null
  const target = targeted.length > 0 ? sum(targeted.map((u) => u.target ?? 0)) : null
  const percent = achievementPercent(actual, target)
  const status: Status =
    counted.length === 0 ? 'not_reported' : statusOf({ actual, target, percent, higherIsBetter })
  const compared = counted.filter((u) => u.previous !== null)
  const previous = compared.length > 0 ? sum(compared.map((u) => u.previous ?? 0)) : null
  const missing = units.filter((u) => !(u.reported && u.actual !== null))
  const missingTargets = missing.flatMap((u) => (u.target === null ? [] : [u.target]))
  return {
    actual,
    actualQualifier: boundOf(shown),
    target,
    percent,
    status,
    previous,
    yoy: yoyChange(compared.length > 0 ? sum(compared.map((u) => u.actual)) : null, previous),
    reported: counted.length,
    illustrative: counted.some((u) => u.illustrative),
    basis: {
      units: shown.length,
      rest:
        restUnits.length > 0
          ? {
              units: restUnits.length,
              actual: sum(restUnits.map((u) => u.actual)),
              actualQualifier: boundOf(restUnits),
            }
          : null,
      allActual: counted.length > 0 ? sum(counted.map((u) => u.actual)) : null,
      notReported: {
        units: missing.length,
        target: missingTargets.length > 0 ? sum(missingTargets) : null,
      },
      change: { units: compared.length },
    },
  }
}

export interface Rankable {
  code: string
  score: number | null
}

/**
 * Competition ranking (1, 2, 2, 4): ties share a rank, units without a score get none.
 * Returns code → rank.
 */
export function rankByScore(items: readonly Rankable[], descending = true): Map<string, number> {
  const scored = items.filter((i): i is { code: string; score: number } => i.score !== null)
  scored.sort((a, b) => (descending ? b.score - a.score : a.score - b.score) || a.code.localeCompare(b.code))
  const ranks = new Map<string, number>()
  scored.forEach((item, index) => {
    const prev = index > 0 ? scored[index - 1] : undefined
    const prevRank = prev ? ranks.get(prev.code) : undefined
    ranks.set(item.code, prev && prev.score === item.score && prevRank !== undefined ? prevRank : index + 1)
  })
  return ranks
}
