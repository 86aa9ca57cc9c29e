// Which year the write side opens on, and which years a unit can have a report for. Shared by the
// server (a unit that did not exist that year: 422 unit_not_valid) and the web (year pickers, the
// default year of "Nhập số liệu", the explanation shown instead of an error page).
import type { Organisation } from './api.ts'
import { hanoiCalendar } from './year.ts'

type Validity = Pick<Organisation, 'validFrom' | 'validTo'>

/**
 * The year whose figures are being reported on `today`. Units report their year from the cut-off of
 * 30/11 through the year-end conference, and late reports and corrections run into the new year,
 * so January and February still belong to the year before (domain.md §1: cut-offs 31/5 and 30/11).
 */
export function currentReportingYear(today: Date): number {
  const { year, month } = hanoiCalendar(today)
  return month <= 2 ? year - 1 : year
}

/** The year the city is assigning targets for: next year's from October, when plans are drafted. */
export function defaultTargetYear(today: Date): number {
  const { year, month } = hanoiCalendar(today)
  return month >= 10 ? year + 1 : currentReportingYear(today)
}

const bounds = new Map<number, readonly [string, string]>()

/**
 * A year's first and last day as stored dates ("2025-01-01", "2025-12-31"), made once per year: the
 * validity rules below run for every unit of a level (thousands) and would make two texts each.
 */
export function yearBounds(year: number): readonly [string, string] {
  let found = bounds.get(year)
  if (!found) bounds.set(year, (found = [`${year}-01-01`, `${year}-12-31`] as const))
  return found
}

/** A unit has a report for a year when it existed on any day of it (a district ended 2025-06-30 has 2025). */
export function existsInYear(unit: Validity, year: number): boolean {
  const [first, last] = yearBounds(year)
  return unit.validFrom <= last && (unit.validTo === null || unit.validTo >= first)
}

/** First and last year a unit existed in; `last` is null while it still exists. */
export function unitYearSpan(unit: Validity): { first: number; last: number | null } {
  return {
    first: Number(unit.validFrom.slice(0, 4)),
    last: unit.validTo === null ? null : Number(unit.validTo.slice(0, 4)),
  }
}

/** The year a unit's entry page opens on: the current reporting year, or the unit's last year if it has ended. */
export function defaultEntryYear(unit: Validity, today: Date): number {
  const current = currentReportingYear(today)
  const { first, last } = unitYearSpan(unit)
  if (last !== null && current > last) return last
  return Math.max(current, first)
}

/** Years a unit's report can be opened for, newest first: from `earliest` (the first year of data) on. */
export function entryYears(unit: Validity, earliest: number, today: Date): number[] {
  const { first, last } = unitYearSpan(unit)
  const to = Math.min(last ?? Number.POSITIVE_INFINITY, currentReportingYear(today))
  const years: number[] = []
  for (let y = to; y >= Math.max(first, earliest); y -= 1) years.push(y)
  return years
}

const dayText = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

/** Why a unit has no report for a year, in the words an officer reads (not an error code). */
export function notInYearText(unit: Validity & { name: string }, year: number): string {
  const span = unit.validTo
    ? `hoạt động từ ${dayText(unit.validFrom)} đến ${dayText(unit.validTo)}`
    : `hoạt động từ ${dayText(unit.validFrom)}`
  const ended = unit.validTo !== null && unit.validTo < `${year}-01-01`
  return ended
    ? `${unit.name} ${span}, nên không có báo cáo năm ${year}.`
    : `${unit.name} ${span}, nên chưa có báo cáo năm ${year}.`
}
