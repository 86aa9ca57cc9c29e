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
  /** The figure's source states no target (see `sourceSilentOnTarget`): `source_no_target`, not `no_target`. */
  targetSilent?: boolean
}

/** achieved ≥ 100 %, near 90–<100 %, below < 90 %; reversed when lower is better. */
export function statusOf({ actual, target, percent, higherIsBetter, targetSilent }: StatusInput): Status {
  if (actual === null && percent === null) return 'no_data'
  if (percent === null) {
    // A zero target is met by any non-negative result (and missed by any positive one if lower is better).
    if (target === 0 && actual !== null) return higherIsBetter || actual === 0 ? 'achieved' : 'below'
    return targetSilent && target === null ? 'source_no_target' : 'no_target'
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
  /** The source of the actual states no target (`sourceSilentOnTarget`). */
  targetSilent?: boolean
}

/**
 * A real figure taken from a source (an article, a report: it has a source and is not illustrative)
 * of an indicator the city sets targets for, stored without a target: the source is silent about the
 * target. That is not "no target assigned" (domain.md §5); its status is `source_no_target`.
 */
export function sourceSilentOnTarget(figure: {
  illustrative: boolean
  sourceId: number | null
  target: number | null
  takesTarget: boolean
}): boolean {
  return figure.takesTarget && figure.target === null && !figure.illustrative && figure.sourceId !== null
}

export interface CellKpi {
  percent: number | null
  /** 'computed' from actual/target, or 'stated' by the source when it gave no amounts. */
  percentBasis: 'computed' | 'stated' | null
  status: Status
  yoy: number | null
}

/** A cell's % đạt: computed from its actual and target, else the % its source stated (rounded alike). */
export function cellPercent(
  actual: number | null,
  target: number | null,
  statedPercent: number | null,
): number | null {
  return achievementPercent(actual, target) ?? (statedPercent === null ? null : roundPercent(statedPercent))
}

/** What a cell's % đạt rests on (`cellPercent`): 'computed', 'stated', or null without one. */
export function cellPercentBasis(
  actual: number | null,
  target: number | null,
  statedPercent: number | null,
): CellKpi['percentBasis'] {
  if (achievementPercent(actual, target) !== null) return 'computed'
  return statedPercent === null ? null : 'stated'
}

/** Percent, status and year-on-year change of one unit × indicator × year. */
export function cellKpi(cell: CellInput, previousActual: number | null, higherIsBetter: boolean): CellKpi {
  const percent = cellPercent(cell.actual, cell.target, cell.statedPercent)
  const percentBasis = cellPercentBasis(cell.actual, cell.target, cell.statedPercent)
  const status = statusOf({
    actual: cell.actual,
    target: cell.target,
    percent,
    higherIsBetter,
    targetSilent: cell.targetSilent ?? false,
  })
  return { percent, percentBasis, status, yoy: yoyChange(cell.actual, previousActual) }
}

/**
 * The marks a derived number inherits from its inputs (issue 11 item 1): a change from last year, a
 * rank change, a total or a % computed from an invented, part-year or bounded figure carries them.
 */
export interface DerivedMarks {
  /** An input is illustrative (invented demo data). */
  illustrative: boolean
  /** An input covers part of a year (a unit valid part of it, or a count to a cut-off date). */
  partialYear: boolean
  /** How the derived number is bounded: a change from a lower bound to an exact figure is `at_least` ("ít nhất"). */
  bound: Qualifier
}

export const NO_MARKS: DerivedMarks = { illustrative: false, partialYear: false, bound: 'exact' }

/** What a figure contributes to the marks of a number derived from it. */
export interface MarkedFigure {
  illustrative: boolean
  partialYear: boolean
  qualifier: Qualifier
}

/**
 * The bound of `current − previous` (and of the change in %, for positive amounts): "hơn 10" against
 * an exact 8 is at least +2; an exact 10 against "hơn 8" is at most +2. Two lower bounds (or two upper
 * bounds) give no bound at all: null, and the change is left out.
 */
export function changeBound(current: Qualifier, previous: Qualifier): Qualifier | null {
  if (current === 'about' || previous === 'about') {
    return (current === 'at_least' && previous === 'at_least') ||
      (current === 'at_most' && previous === 'at_most')
      ? null
      : 'about'
  }
  const up = (q: Qualifier) => (q === 'at_least' ? 1 : q === 'at_most' ? -1 : 0)
  // current − previous: a lower bound on current raises the floor; a lower bound on previous lowers the ceiling.
  const c = up(current)
  const p = -up(previous)
  if (c !== 0 && p !== 0 && c !== p) return null
  const d = c !== 0 ? c : p
  return d > 0 ? 'at_least' : d < 0 ? 'at_most' : 'exact'
}

/** The bound of a sum: exact parts keep it exact; lower bounds make a lower bound; mixed directions, "about". */
export function sumBound(parts: readonly Qualifier[]): Qualifier {
  const kinds = new Set(parts.filter((q) => q !== 'exact'))
  if (kinds.size === 0) return 'exact'
  if (kinds.size === 1) return [...kinds][0] ?? 'exact'
  return 'about'
}

/**
 * Marks of a number derived from several figures. `bound` is given by the caller (a change and a sum
 * bound differently); null when no bound holds, so the caller leaves the number out.
 */
export function marksOf(inputs: readonly MarkedFigure[], bound: Qualifier): DerivedMarks {
  return {
    illustrative: inputs.some((i) => i.illustrative),
    partialYear: inputs.some((i) => i.partialYear),
    bound,
  }
}

/** The change from last year with its marks; a change between two same-direction bounds is left out. */
export function markedChange(
  current: (MarkedFigure & { value: number | null }) | null,
  previous: (MarkedFigure & { value: number | null }) | null,
): { previous: number | null; yoy: number | null; derivedFrom: DerivedMarks } {
  if (!current || !previous || current.value === null || previous.value === null) {
    return {
      previous: previous?.value ?? null,
      yoy: null,
      derivedFrom: previous ? marksOf([previous], 'exact') : NO_MARKS,
    }
  }
  const bound = changeBound(current.qualifier, previous.qualifier)
  return {
    previous: previous.value,
    yoy: bound === null ? null : yoyChange(current.value, previous.value),
    derivedFrom: marksOf([current, previous], bound ?? 'about'),
  }
}

export interface TotalUnit {
  /** The unit's figures count in the view this year (it has reported; or, accepted only, its report is accepted). */
  reported: boolean
  actual: number | null
  actualQualifier: Qualifier
  /** Kept when the unit has not reported: its target is stated apart, never put in the %. */
  target: number | null
  illustrative: boolean
  /** The source of this year's actual states no target (`sourceSilentOnTarget`): not "không giao". */
  targetSilent?: boolean
  /** Last year's actual, read on the same basis; null when the unit did not report it then. */
  previous: number | null
  /** Marks of this year's actual and of last year's (optional: unmarked when absent). */
  partialYear?: boolean
  previousIllustrative?: boolean
  previousPartialYear?: boolean
  previousQualifier?: Qualifier
  /**
   * How many units this entry stands for (default 1): units alike for a total (same reading, same
   * marks) may come as one entry with their amounts summed — a level of thousands of children.
   */
  units?: number
}

/** What a total is computed from, so every view can state it beside the number. */
export interface TotalBasis {
  /** Units whose figures make `actual` and `target` (those with a target, when any has one). */
  units: number
  /**
   * Units that reported but have no target, so are not in the %: "+ 3 đơn vị không giao chỉ tiêu: 4.120".
   * `sourceSilent` of them have no target because their source states none (`source_no_target`).
   */
  rest: { units: number; sourceSilent: number; actual: number; actualQualifier: Qualifier } | null
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
  /** A counted figure covers part of the year (2025's groups, a count to a cut-off date). */
  partialYear: boolean
  /** Marks of `previous` and `yoy`: inherited from every figure of both years they add. */
  derivedFrom: DerivedMarks
  basis: TotalBasis
}

function boundOf(units: readonly TotalUnit[]): Qualifier {
  return sumBound(units.map((u) => u.actualQualifier))
}

const sum = (values: readonly number[]) => values.reduce((a, v) => a + v, 0)

/**
 * A city total over the units that reported, never over the blanks of those that have not: a year
 * in progress reads as "12/30 đơn vị, 108%", not as "✗ 4,7%". Amounts are summed (flows and stocks
 * alike), the % is sum(actual)/sum(target) over the units that have both, never an average of
 * percents, and the change from last year compares the same units in both years (domain.md §4).
 */
export function totalOf(units: readonly TotalUnit[], higherIsBetter: boolean): TotalFigures {
  const count = (list: readonly TotalUnit[]) => list.reduce((n, u) => n + (u.units ?? 1), 0)
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
  const change = markedChange(
    compared.length > 0
      ? {
          value: sum(compared.map((u) => u.actual)),
          qualifier: boundOf(compared),
          illustrative: compared.some((u) => u.illustrative),
          partialYear: compared.some((u) => u.partialYear === true),
        }
      : null,
    compared.length > 0
      ? {
          value: previous,
          qualifier: sumBound(compared.map((u) => u.previousQualifier ?? 'exact')),
          illustrative: compared.some((u) => u.previousIllustrative === true),
          partialYear: compared.some((u) => u.previousPartialYear === true),
        }
      : null,
  )
  const missing = units.filter((u) => !(u.reported && u.actual !== null))
  const missingTargets = missing.flatMap((u) => (u.target === null ? [] : [u.target]))
  return {
    actual,
    actualQualifier: boundOf(shown),
    target,
    percent,
    status,
    previous,
    yoy: change.yoy,
    reported: count(counted),
    illustrative: counted.some((u) => u.illustrative),
    partialYear: counted.some((u) => u.partialYear === true),
    derivedFrom: change.derivedFrom,
    basis: {
      units: count(shown),
      rest:
        restUnits.length > 0
          ? {
              units: count(restUnits),
              sourceSilent: count(restUnits.filter((u) => u.targetSilent === true)),
              actual: sum(restUnits.map((u) => u.actual)),
              actualQualifier: boundOf(restUnits),
            }
          : null,
      allActual: counted.length > 0 ? sum(counted.map((u) => u.actual)) : null,
      notReported: {
        units: count(missing),
        target: missingTargets.length > 0 ? sum(missingTargets) : null,
      },
      change: { units: count(compared) },
    },
  }
}

/** Where a unit code's characters fall in the root collation: "_" < "-" < digits < letters. */
const CODE_ORDER = '_-0123456789abcdefghijklmnopqrstuvwxyz'
/** A code character's place in CODE_ORDER (letters of either case alike); -1: not a code character. */
const CODE_RANK = new Int8Array(128).fill(-1)
for (let i = 0; i < CODE_ORDER.length; i += 1) {
  const ch = CODE_ORDER.charAt(i)
  CODE_RANK[ch.charCodeAt(0)] = i
  CODE_RANK[ch.toUpperCase().charCodeAt(0)] = i
}
const codeRank = (c: number) => (c < 128 ? (CODE_RANK[c] as number) : -1)
/** Whether `s` from `from` on is made of code characters only. */
const codeCharsFrom = (s: string, from: number) => {
  for (let i = from; i < s.length; i += 1) if (codeRank(s.charCodeAt(i)) < 0) return false
  return true
}
let rootCollator: Intl.Collator | undefined

/**
 * Unit codes in the order `localeCompare` gives (the ties of a ranking, a unit list): for the codes'
 * own characters (digits, ASCII letters, "_" and "-": unitCodeSchema) without ICU — the letters
 * compared without case first, then lowercase before uppercase, as the root collation does — and
 * through one collator built at first need for anything else. A collator costs 60–170 ms to build
 * on a slow phone, where the header's unit list sorts codes on every page (issue 10 item 7); a
 * level of 3.321 units sorts tens of thousands of pairs (issue 8), so one pass over char codes
 * allocates nothing. kpi.test holds it to localeCompare.
 */
export function compareCodes(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  // The first difference of case, lowercase first: it decides only when the letters are the same.
  let caseOrder = 0
  for (let i = 0; i < n; i += 1) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(i)
    if (ca === cb) {
      if (codeRank(ca) < 0) return (rootCollator ??= new Intl.Collator()).compare(a, b)
      continue
    }
    const ra = codeRank(ca)
    const rb = codeRank(cb)
    if (ra < 0 || rb < 0 || !codeCharsFrom(a, i + 1) || !codeCharsFrom(b, i + 1)) {
      return (rootCollator ??= new Intl.Collator()).compare(a, b)
    }
    if (ra !== rb) return ra < rb ? -1 : 1
    if (caseOrder === 0) caseOrder = ca > cb ? -1 : 1 // same letter: the lowercase one has the larger code
  }
  if (!codeCharsFrom(a, n) || !codeCharsFrom(b, n))
    return (rootCollator ??= new Intl.Collator()).compare(a, b)
  if (a.length !== b.length) return a.length < b.length ? -1 : 1
  return caseOrder
}

export interface Rankable {
  code: string
  score: number | null
}

/**
 * Competition ranking (1, 2, 2, 4) of `members` (indexes into `scores`; NaN: no score, no rank),
 * best first (`descending`: the largest): a member's rank is one more than the number of members
 * with a better score, so ties share it and the next rank is skipped. Written into `ranks` (others
 * keep theirs; 0 means none). By a numeric sort and binary searches over the scores, so a level of
 * thousands of units ranks without an object or a comparison callback per unit (issue 8).
 */
export function competitionRanks(
  scores: ArrayLike<number>,
  members: readonly number[],
  descending: boolean,
  ranks: Int32Array,
): void {
  let count = 0
  for (const i of members) if (!Number.isNaN(scores[i])) count += 1
  const sorted = new Float64Array(count)
  let k = 0
  for (const i of members) {
    const s = scores[i] as number
    if (!Number.isNaN(s)) sorted[k++] = s
  }
  sorted.sort()
  for (const i of members) {
    const s = scores[i] as number
    if (Number.isNaN(s)) continue
    // The first place holding a value ≥ s (ascending), or > s: how many are smaller, or not larger.
    let lo = 0
    let hi = count
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (descending ? (sorted[mid] as number) <= s : (sorted[mid] as number) < s) lo = mid + 1
      else hi = mid
    }
    ranks[i] = (descending ? count - lo : lo) + 1
  }
}

/**
 * Competition ranking (1, 2, 2, 4): ties share a rank, units without a score get none; ties in code
 * order. Returns code → rank.
 */
export function rankByScore(items: readonly Rankable[], descending = true): Map<string, number> {
  const codes = items.map((i) => i.code)
  const byCode = codes.map((_, i) => i).sort((a, b) => compareCodes(codes[a] as string, codes[b] as string))
  const ranks = new Int32Array(items.length)
  competitionRanks(
    items.map((i) => i.score ?? NaN),
    items.map((_, i) => i),
    descending,
    ranks,
  )
  // Best first, as the ranking reads.
  const ranked = byCode
    .filter((i) => ranks[i] !== 0)
    .sort((a, b) => (ranks[a] as number) - (ranks[b] as number))
  return new Map(ranked.map((i) => [codes[i] as string, ranks[i] as number]))
}
