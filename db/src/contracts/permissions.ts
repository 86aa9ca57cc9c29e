// Who may do what: the ONE permission table (role × action × own/other unit). The routes' config, the
// server's auth hook, the entry services and the web's menus and route guards all read it; the API
// test `tests/api/access-matrix.test.ts` walks every cell of it through real HTTP.
import type { Role } from './enums.ts'

/**
 * 'all': any unit; 'own': only the unit the account is bound to (a district officer); 'none': never.
 * Actions that name no unit (users, settings…) use 'all' or 'none' only.
 */
export type Scope = 'all' | 'own' | 'none'

export const ACTIONS = [
  'readReport',
  'readHistory',
  'editActual',
  'editTarget',
  'submit',
  'accept',
  'return',
  'unlock',
  'listReports',
  'readTargets',
  'saveTargets',
  'manageUsers',
  'manageSettings',
  'addIndicator',
  'addUnit',
  'manageUnits',
  'readReportText',
] as const
export type Action = (typeof ACTIONS)[number]

interface ActionRule {
  /** What the action is, after "không được …" in a 403 message. */
  words: string
  /** Whether the action is about one unit (the `:code` of its route). */
  perUnit: boolean
  scope: Record<Role, Scope>
}

const ADMIN_ONLY = { admin: 'all', city: 'none', district: 'none', viewer: 'none' } as const

export const PERMISSIONS: Record<Action, ActionRule> = {
  readReport: {
    words: 'xem báo cáo',
    perUnit: true,
    scope: { admin: 'all', city: 'all', district: 'own', viewer: 'all' },
  },
  readHistory: {
    words: 'xem lịch sử báo cáo',
    perUnit: true,
    scope: { admin: 'all', city: 'all', district: 'own', viewer: 'all' },
  },
  editActual: {
    words: 'nhập số thực hiện và ghi chú',
    perUnit: true,
    scope: { admin: 'all', city: 'none', district: 'own', viewer: 'none' },
  },
  editTarget: {
    words: 'giao chỉ tiêu',
    perUnit: true,
    scope: { admin: 'all', city: 'all', district: 'none', viewer: 'none' },
  },
  submit: {
    words: 'gửi báo cáo',
    perUnit: true,
    scope: { admin: 'all', city: 'none', district: 'own', viewer: 'none' },
  },
  accept: {
    words: 'duyệt báo cáo',
    perUnit: true,
    scope: { admin: 'all', city: 'all', district: 'none', viewer: 'none' },
  },
  return: {
    words: 'trả lại báo cáo',
    perUnit: true,
    scope: { admin: 'all', city: 'all', district: 'none', viewer: 'none' },
  },
  unlock: {
    words: 'mở khóa báo cáo',
    perUnit: true,
    scope: { admin: 'all', city: 'all', district: 'none', viewer: 'none' },
  },
  // A district officer sees its own unit's line only (the list filters; it is not refused).
  listReports: {
    words: 'xem danh sách báo cáo',
    perUnit: false,
    scope: { admin: 'all', city: 'all', district: 'own', viewer: 'all' },
  },
  readTargets: {
    words: 'xem bảng giao chỉ tiêu',
    perUnit: false,
    scope: { admin: 'all', city: 'all', district: 'none', viewer: 'all' },
  },
  saveTargets: {
    words: 'giao chỉ tiêu',
    perUnit: false,
    scope: { admin: 'all', city: 'all', district: 'none', viewer: 'none' },
  },
  manageUsers: { words: 'quản lý người dùng', perUnit: false, scope: ADMIN_ONLY },
  manageSettings: { words: 'thay đổi cài đặt', perUnit: false, scope: ADMIN_ONLY },
  addIndicator: { words: 'thêm chỉ tiêu', perUnit: false, scope: ADMIN_ONLY },
  addUnit: { words: 'thêm đơn vị', perUnit: false, scope: ADMIN_ONLY },
  manageUnits: { words: 'nhập, xuất danh sách đơn vị', perUnit: false, scope: ADMIN_ONLY },
  // Reading report text writes nothing, but its proposals are for someone who will save them:
  // whoever enters a unit's figures or sets its targets.
  readReportText: {
    words: 'đọc số liệu từ văn bản báo cáo',
    perUnit: true,
    scope: { admin: 'all', city: 'all', district: 'own', viewer: 'none' },
  },
}

/** How far `role` may do `action`. */
export function scopeOf(role: Role, action: Action): Scope {
  return PERMISSIONS[action].scope[role]
}

/** Whether an account may do `action` on `unit` (or at all, for actions that name no unit). */
export function may(user: { role: Role; unit: string | null }, action: Action, unit?: string): boolean {
  const scope = scopeOf(user.role, action)
  if (scope === 'none') return false
  if (scope === 'all' || unit === undefined) return true
  return user.unit !== null && user.unit === unit
}

/** Roles that may do `action` on some unit: what a route admits before it reads its input. */
export function rolesAllowed(action: Action): Role[] {
  const { scope } = PERMISSIONS[action]
  return (Object.keys(scope) as Role[]).filter((role) => scope[role] !== 'none')
}
