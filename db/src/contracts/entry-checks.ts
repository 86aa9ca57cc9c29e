// Checks of a report, shared by the entry form (as the user types) and the server (on save and
// submit). Hard errors block saving; warnings must be explained by a note before submission.
import type { Indicator } from './api.ts'
import type { CheckIssue } from './entry.ts'
import { MAX_COUNT } from './figure-input.ts'
import { formatChange, formatNumber, formatPercent } from './format.ts'
import { achievementPercent, NEAR_THRESHOLD, yoyChange } from './kpi.ts'

/** A jump of more than this (in %) against the unit's own last value asks for an explanation. */
export const JUMP_THRESHOLD = 50

export interface CheckValue {
  indicator: string
  actual: number | null
  target: number | null
  note: string | null
  previousActual: number | null
  /** Last year's figure is invented demo data: a jump against it is said to be against that. */
  previousIllustrative?: boolean
}

type CheckIndicator = Pick<Indicator, 'key' | 'unitKind' | 'takesTarget' | 'higherIsBetter' | 'shortNameVi'>

/** Pairs where the first can never exceed the second (domain rules on stocks and subsets). */
const NOT_ABOVE: ReadonlyArray<[string, string, string]> = [
  ['members_total', 'workers_total', 'Số đoàn viên không thể lớn hơn tổng số CNVCLĐ.'],
  [
    'new_unions_25plus',
    'new_unions',
    'CĐCS có từ 25 đoàn viên không thể nhiều hơn tổng số CĐCS thành lập mới.',
  ],
]

export function checkReport(
  values: readonly CheckValue[],
  indicators: readonly CheckIndicator[],
): CheckIssue[] {
  const byKey = new Map(values.map((v) => [v.indicator, v]))
  const issues: CheckIssue[] = []
  const push = (v: CheckValue, rest: Omit<CheckIssue, 'indicator' | 'explained'>) =>
    issues.push({ indicator: v.indicator, explained: Boolean(v.note?.trim()), ...rest })

  for (const ind of indicators) {
    const v = byKey.get(ind.key)
    if (!v) continue
    if (ind.unitKind === 'count') {
      if (v.actual !== null && v.actual > MAX_COUNT)
        push(v, {
          field: 'actual',
          severity: 'error',
          code: 'too_large',
          message: `${ind.shortNameVi}: số quá lớn.`,
        })
      if (v.target !== null && v.target > MAX_COUNT)
        push(v, {
          field: 'target',
          severity: 'error',
          code: 'too_large',
          message: `${ind.shortNameVi}: chỉ tiêu quá lớn.`,
        })
      // Warnings about a number nobody meant (a +5.000.000% jump) would only add noise.
      if ((v.actual ?? 0) > MAX_COUNT || (v.target ?? 0) > MAX_COUNT) continue
    }
    if (ind.takesTarget && v.actual === null && v.target !== null && v.target > 0) {
      // A blank reads as 0% on the dashboard: the city must know whether it is "none" or "not yet".
      push(v, {
        field: 'note',
        severity: 'warning',
        code: 'missing',
        message: `${ind.shortNameVi}: chưa nhập số thực hiện (chỉ tiêu ${formatNumber(v.target)}). Nhập số hoặc ghi chú lý do.`,
      })
    }
    const change = yoyChange(v.actual, v.previousActual)
    if (
      change !== null &&
      Math.abs(change) > JUMP_THRESHOLD &&
      v.previousActual !== null &&
      v.actual !== null
    ) {
      push(v, {
        field: 'note',
        severity: 'warning',
        code: 'jump',
        message: `${ind.shortNameVi}: ${formatChange(change)} so với ${v.previousIllustrative ? 'số minh họa ' : ''}năm trước (${formatNumber(v.previousActual)} → ${formatNumber(v.actual)}). Cần ghi chú giải thích.`,
      })
    }
    const percent = ind.takesTarget ? achievementPercent(v.actual, v.target) : null
    if (percent !== null && ind.higherIsBetter && percent < NEAR_THRESHOLD) {
      push(v, {
        field: 'note',
        severity: 'warning',
        code: 'below_target',
        message: `${ind.shortNameVi}: mới đạt ${formatPercent(percent)} chỉ tiêu (dưới ${NEAR_THRESHOLD}%). Cần ghi chú giải thích.`,
      })
    }
  }
  for (const [small, big, message] of NOT_ABOVE) {
    const a = byKey.get(small)
    const b = byKey.get(big)
    if (a?.actual != null && b?.actual != null && a.actual > b.actual)
      push(a, { field: 'actual', severity: 'error', code: 'inconsistent', message })
  }
  return issues
}

export const hasErrors = (issues: readonly CheckIssue[]) => issues.some((i) => i.severity === 'error')
export const unexplainedWarnings = (issues: readonly CheckIssue[]) =>
  issues.filter((i) => i.severity === 'warning' && !i.explained)

/**
 * Values still holding invented demo figures: a report cannot be submitted until each is confirmed
 * ("xác nhận") or replaced, so nobody sends the city numbers they never looked at.
 */
export function unconfirmedIllustrative<T extends { actual: number | null; illustrative: boolean }>(
  values: readonly T[],
): T[] {
  return values.filter((v) => v.illustrative && v.actual !== null)
}

/** The message naming them, shared by the server's 422 and the form's hint. */
export function unconfirmedMessage(names: readonly string[]): string {
  return `Còn ${names.length} số liệu minh họa chưa xác nhận hoặc thay bằng số thật: ${names.join(', ')}.`
}
