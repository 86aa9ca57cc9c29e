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

export interface SummableCell {
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  illustrative: boolean
}

export interface UnitTotal {
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  /** Sum of actuals over the units that have a target: the numerator of the total percent. */
  actualOfTargeted: number | null
  reported: number
  illustrative: boolean
}

/**
 * City total recomputed from units: flows and stocks are summed (stocks share a cut-off date),
 * and the percent is sum(actual)/sum(target) over units with both, never an average of percents.
 */
export function sumUnits(cells: readonly SummableCell[]): UnitTotal {
  let actual = 0
  let target = 0
  let actualOfTargeted = 0
  let reported = 0
  let targeted = 0
  let illustrative = false
  let lowerBound = false
  for (const c of cells) {
    if (c.actual !== null) {
      actual += c.actual
      reported += 1
      if (c.actualQualifier === 'at_least') lowerBound = true
      if (c.illustrative) illustrative = true
    }
    if (c.target !== null && c.target > 0) {
      target += c.target
      targeted += 1
      if (c.actual !== null) actualOfTargeted += c.actual
    }
  }
  return {
    actual: reported > 0 ? actual : null,
    actualQualifier: lowerBound ? 'at_least' : 'exact',
    target: targeted > 0 ? target : null,
    actualOfTargeted: targeted > 0 ? actualOfTargeted : null,
    reported,
    illustrative,
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
