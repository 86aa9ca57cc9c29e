// The one rule for a year: how it is written (URL, path, body), which years may be read and which
// written. Routes, schemas, the web and the entry side all import it from here.
import { z } from './zod.ts'

/** Years a read accepts at all; a year inside this range without data answers as an empty year. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** A year as a number (request bodies, seed rows). */
export const yearSchema = z
  .number({ error: 'Năm phải là một số, ví dụ 2021.' })
  .int({ error: 'Năm phải là số nguyên, ví dụ 2021.' })
  .min(MIN_YEAR, { error: `Năm phải từ ${MIN_YEAR} trở đi.` })
  .max(MAX_YEAR, { error: `Năm phải không muộn hơn ${MAX_YEAR}.` })

/**
 * A year as written in a URL (query or path): digits only. Coercion would accept " 2021", "0x7E5"
 * or "" (as 0), which a user never means.
 */
export const yearParamSchema = z
  .string({
    // A repeated ?year=…&year=… arrives as an array: it was given, just more than once.
    error: (issue) =>
      issue.input === undefined ? 'Thiếu năm, ví dụ year=2021.' : 'Chỉ nêu một năm, ví dụ year=2021.',
  })
  .regex(/^[0-9]{1,6}$/, { error: 'Năm phải là một số, ví dụ 2021.' })
  .transform(Number)
  .pipe(yearSchema)

/** Hà Nội keeps UTC+7 all year (no daylight saving): the year turns at midnight there, not in UTC. */
const HANOI_OFFSET_MS = 7 * 60 * 60 * 1000

/** The calendar year and month (1–12) in Hà Nội at `now`: every "which year is it" rule reads this. */
export function hanoiCalendar(now: Date): { year: number; month: number } {
  const local = new Date(now.getTime() + HANOI_OFFSET_MS)
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 }
}

/** Today's date in Hà Nội, YYYY-MM-DD (how unit validity periods are written). */
export function hanoiToday(now: Date): string {
  return new Date(now.getTime() + HANOI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The calendar year in Hà Nội at `now`. */
export function currentYear(now: Date): number {
  return hanoiCalendar(now).year
}

export interface YearRange {
  from: number
  to: number
}

/**
 * Years a write (figures, targets, a report's workflow) may name: from the first year of data to
 * next year, because the city sets next year's targets in December. `firstDataYear` is the earliest
 * year the database holds figures for, or a unit existed in; none yet means this year.
 */
export function writableYears(firstDataYear: number | null, now: Date): YearRange {
  const current = currentYear(now)
  return { from: Math.min(firstDataYear ?? current, current), to: current + 1 }
}

/** Why `year` may not be written (Vietnamese, for the 400), or null when it may. */
export function writableYearIssue(year: number, range: YearRange): string | null {
  if (year >= range.from && year <= range.to) return null
  return (
    `Chỉ ghi được số liệu và chỉ tiêu của các năm từ ${range.from} đến ${range.to}` +
    ` (năm nay và năm sau); năm ${year} nằm ngoài khoảng này.`
  )
}

/** A year's place in the list the year picker offers. */
export const yearInfoSchema = z.object({
  year: z.number().int(),
  /** At least one unit has reported an actual figure. */
  hasActuals: z.boolean(),
  /** At least one target is set. */
  hasTargets: z.boolean(),
})
export type YearInfo = z.infer<typeof yearInfoSchema>

export const yearsResponseSchema = z.object({
  /** Every year holding figures of any kind (actuals or targets), ascending. */
  years: z.array(z.number().int()),
  /** The latest year with reported actuals: the default view. A year of targets only is not it. */
  latest: z.number().int().nullable(),
  /** Years with targets but no reported actuals yet: plans ("kế hoạch"), still reachable. */
  planYears: z.array(z.number().int()),
  details: z.array(yearInfoSchema),
  /** The year in Hà Nội today, and the years the write routes accept today. */
  currentYear: z.number().int(),
  writable: z.object({ from: z.number().int(), to: z.number().int() }),
})
export type Years = z.infer<typeof yearsResponseSchema>

/** Builds the /api/years answer from what each year holds (pure, so the rule is tested once). */
export function yearsOf(details: readonly YearInfo[], range: YearRange, now: Date): Years {
  const sorted = [...details].sort((a, b) => a.year - b.year)
  const withActuals = sorted.filter((d) => d.hasActuals).map((d) => d.year)
  return {
    years: sorted.map((d) => d.year),
    latest: withActuals.at(-1) ?? null,
    planYears: sorted.filter((d) => !d.hasActuals && d.hasTargets).map((d) => d.year),
    details: sorted,
    currentYear: currentYear(now),
    writable: range,
  }
}

/** "2027 (kế hoạch)" in the year picker: a year of targets only. */
export const PLAN_YEAR_LABEL = 'kế hoạch'
