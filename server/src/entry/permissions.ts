// Who may do what with a report (server-enforced; the `can` flags only tell the UI what to show).
// admin: everything. city: targets of any unit (the city's own '01' included), accept, return,
// unlock, read all. district: actuals and notes of its own unit, submit it. viewer: read only.
import { ROLE_LABELS, type Report, type ReportStatus } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { forbidden, HttpError } from '../errors.ts'

export type ReportAction = 'read' | 'editActual' | 'editTarget' | 'submit' | 'accept' | 'return' | 'unlock'

const CITY_ACTIONS: ReadonlySet<ReportAction> = new Set(['read', 'editTarget', 'accept', 'return', 'unlock'])
const DISTRICT_ACTIONS: ReadonlySet<ReportAction> = new Set(['read', 'editActual', 'submit'])

/** The role rule alone, whatever the report's status. */
export function mayDo(user: AuthUser, action: ReportAction, unit: string): boolean {
  switch (user.role) {
    case 'admin':
      return true
    case 'city':
      return CITY_ACTIONS.has(action)
    case 'district':
      return user.unit === unit && DISTRICT_ACTIONS.has(action)
    case 'viewer':
      return action === 'read'
  }
}

const ACTION_WORDS: Record<ReportAction, string> = {
  read: 'xem báo cáo',
  editActual: 'nhập số thực hiện và ghi chú',
  editTarget: 'giao chỉ tiêu',
  submit: 'gửi báo cáo',
  accept: 'duyệt báo cáo',
  return: 'trả lại báo cáo',
  unlock: 'mở khóa báo cáo',
}

export function assertMay(user: AuthUser, action: ReportAction, unit: string): void {
  if (mayDo(user, action, unit)) return
  const words = ACTION_WORDS[action]
  if (user.role === 'district' && user.unit !== unit) {
    throw forbidden(
      `Tài khoản quận/huyện chỉ được ${words} của đơn vị mình (${user.unit ?? 'chưa gắn đơn vị'}).`,
    )
  }
  throw forbidden(`Tài khoản "${ROLE_LABELS[user.role]}" không được ${words}.`)
}

/** A district edits while it holds the report (draft or returned); an admin also while it awaits review. */
function valuesOpen(user: AuthUser, status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned' || (status === 'submitted' && user.role === 'admin')
}

export function abilities(user: AuthUser | null, unit: string, status: ReportStatus): Report['can'] {
  const may = (action: ReportAction) => user !== null && mayDo(user, action, unit)
  return {
    editActual: may('editActual') && user !== null && valuesOpen(user, status),
    editTarget: may('editTarget') && status !== 'accepted',
    submit: may('submit') && (status === 'draft' || status === 'returned'),
    accept: may('accept') && status === 'submitted',
    return: may('return') && status === 'submitted',
    unlock: may('unlock') && status === 'accepted',
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
