// Who may do what with a report: a thin reader of the one permission table (`PERMISSIONS` in the
// contracts), adding only what depends on the report's status. The `can` flags tell the UI what to
// show; the server enforces the same table in the auth hook and in the services.
import { may, type Action, type Report, type ReportStatus } from '@ldld/db/contracts'
import { assertMay as assertAllowed } from '../auth/access.ts'
import type { AuthUser } from '../auth/service.ts'
import { HttpError } from '../errors.ts'

/** The entry services' names for the table's per-unit actions ('read' covers the report and its history). */
export type ReportAction = 'read' | 'editActual' | 'editTarget' | 'submit' | 'accept' | 'return' | 'unlock'

const tableAction = (action: ReportAction): Action => (action === 'read' ? 'readReport' : action)

/** The role rule alone, whatever the report's status. */
export function mayDo(user: AuthUser, action: ReportAction, unit: string): boolean {
  return may(user, tableAction(action), unit)
}

export function assertMay(user: AuthUser, action: ReportAction, unit: string): void {
  assertAllowed(user, tableAction(action), unit)
}

/** A district edits while it holds the report (draft or returned); an admin also while it awaits review. */
function valuesOpen(user: AuthUser, status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned' || (status === 'submitted' && user.role === 'admin')
}

export function abilities(user: AuthUser | null, unit: string, status: ReportStatus): Report['can'] {
  const allowed = (action: ReportAction) => user !== null && mayDo(user, action, unit)
  return {
    editActual: allowed('editActual') && user !== null && valuesOpen(user, status),
    editTarget: allowed('editTarget') && status !== 'accepted',
    submit: allowed('submit') && (status === 'draft' || status === 'returned'),
    accept: allowed('accept') && status === 'submitted',
    return: allowed('return') && status === 'submitted',
    unlock: allowed('unlock') && status === 'accepted',
  }
}

export function reportLocked(): HttpError {
  return new HttpError(
    423,
    'report_locked',
    'Báo cáo đã được duyệt và khóa; không thể thay đổi. Cán bộ thành phố có thể mở khóa kèm lý do.',
  )
}

/** A district's values are read-only from submission until the city returns the report. */
export function reportSubmitted(): HttpError {
  return new HttpError(
    423,
    'report_submitted',
    'Báo cáo đã gửi và đang chờ thành phố duyệt; chỉ sửa được khi bị trả lại.',
  )
}
