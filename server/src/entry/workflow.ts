// The report workflow: draft/returned → submitted → accepted (locked), or submitted → returned with a
// reason; accepted → draft again only through an unlock with a reason. Every step is a history row.
import {
  REPORT_STATUS_LABELS,
  unconfirmedIllustrative,
  unconfirmedMessage,
  unexplainedWarnings,
  type Indicator,
  type Report,
  type ReportStatus,
} from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { HttpError, unprocessable } from '../errors.ts'
import type { Repositories } from '../repositories/index.ts'
import { assertMay, reportLocked } from './permissions.ts'
import { buildReport, reportScope, versionConflict } from './report-view.ts'

export type Transition = 'submit' | 'accept' | 'return' | 'unlock'

const RULES: Record<Transition, { from: readonly ReportStatus[]; to: ReportStatus; words: string }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', words: 'gửi' },
  accept: { from: ['submitted'], to: 'accepted', words: 'duyệt' },
  return: { from: ['submitted'], to: 'returned', words: 'trả lại' },
  unlock: { from: ['accepted'], to: 'draft', words: 'mở khóa' },
}

/**
 * Submission needs at least one value, no hard error, a note on every warning, and every illustrative
 * value confirmed or replaced.
 */
function assertComplete(report: Report, plan: readonly Indicator[]): void {
  if (report.values.every((v) => v.actual === null)) {
    throw unprocessable('report_incomplete', 'Báo cáo chưa có số liệu nào; hãy nhập số liệu trước khi gửi.')
  }
  const blocking = [
    ...report.issues.filter((i) => i.severity === 'error'),
    ...unexplainedWarnings(report.issues),
  ]
  if (blocking.length > 0) {
    throw unprocessable(
      'report_incomplete',
      `Chưa gửi được: còn ${blocking.length} vấn đề cần sửa hoặc ghi chú giải thích.`,
      blocking.map((i) => ({ path: `${i.indicator}.${i.field}`, message: i.message })),
    )
  }
  const invented = unconfirmedIllustrative(report.values)
  if (invented.length > 0) {
    const name = (key: string) => plan.find((i) => i.key === key)?.shortNameVi ?? key
    throw unprocessable(
      'illustrative_unconfirmed',
      `Chưa gửi được. ${unconfirmedMessage(invented.map((v) => name(v.indicator)))} ` +
        'Bấm "Xác nhận" bên cạnh số đúng là số của đơn vị, hoặc nhập số thật thay vào.',
      invented.map((v) => ({
        path: `${v.indicator}.actual`,
        message: `${name(v.indicator)}: số liệu minh họa chưa được xác nhận.`,
      })),
    )
  }
}

export interface TransitionInput {
  code: string
  year: number
  version: number
  reason?: string
}

export function transition(
  repos: Repositories,
  user: AuthUser,
  kind: Transition,
  input: TransitionInput,
): Report {
  const scope = reportScope(repos, input.code, input.year)
  assertMay(user, kind, input.code)
  const rule = RULES[kind]
  return repos.write(() => {
    const now = new Date().toISOString()
    const stored = repos.reports.find(scope.unit.id, scope.year)
    if (stored?.status === 'accepted' && kind !== 'unlock') throw reportLocked()
    // A step decides on the report as its author saw it: any change since is a conflict (unlike a save,
    // which conflicts only on the cells it writes).
    if ((stored?.version ?? 0) !== input.version)
      throw versionConflict(buildReport(repos, scope, stored, user), input.version)
    const row = stored ?? repos.reports.ensure(scope.unit.id, scope.year, now)
    const report = buildReport(repos, scope, row, user)
    if (!rule.from.includes(row.status)) {
      throw new HttpError(
        409,
        'invalid_status',
        `Không thể ${rule.words} báo cáo đang ở trạng thái "${REPORT_STATUS_LABELS[row.status]}".`,
      )
    }
    if (kind === 'submit') assertComplete(report, scope.plan)
    // The reason of a return or an unlock stays visible until the city's next decision.
    const reason = kind === 'submit' ? row.reason : (input.reason ?? null)
    const saved = {
      ...row,
      status: rule.to,
      reason,
      version: row.version + 1,
      updatedAt: now,
      updatedBy: user.id,
    }
    if (!repos.reports.save(row.id, row.version, saved))
      throw new Error('report version moved inside a transaction')
    repos.history.insert([
      {
        at: now,
        userId: user.id,
        orgId: scope.unit.id,
        year: scope.year,
        indicatorKey: null,
        field: 'status',
        oldValue: row.status,
        newValue: rule.to,
        note: input.reason ?? null,
        origin: { kind: 'form' },
      },
    ])
    return buildReport(repos, scope, saved, user)
  })
}
