// Vietnamese labels of the closed sets, shared by screens, slides and exports.
import type { Period, Qualifier, ReportStatus, Role, Status } from './enums.ts'

/** How long a figure's period is, as a heading or table cell writes it. */
export const PERIOD_LABELS: Record<Period, string> = {
  year: 'Cả năm',
  part_year: 'Một phần năm',
  multi_year: 'Nhiều năm',
}

export const STATUS_LABELS: Record<Status, string> = {
  achieved: 'Đạt/vượt',
  near: 'Gần đạt',
  below: 'Chưa đạt',
  no_target: 'Không giao chỉ tiêu',
  source_no_target: 'Nguồn không nêu chỉ tiêu',
  no_data: 'Chưa có số liệu',
  not_reported: 'Chưa báo cáo',
  not_accepted: 'Chưa duyệt',
}

/** A second cue beside colour, for colour-blind readers and grey-scale print. */
export const STATUS_ICONS: Record<Status, string> = {
  achieved: '✓',
  near: '◐',
  below: '✗',
  no_target: '–',
  source_no_target: '–',
  no_data: '?',
  not_reported: '○',
  not_accepted: '○',
}

/** Words a Vietnamese report puts before a bounded figure. */
export const QUALIFIER_PREFIX: Record<Qualifier, string> = {
  exact: '',
  at_least: 'hơn ',
  at_most: 'gần ',
  about: 'khoảng ',
}

export const ILLUSTRATIVE_LABEL = 'dữ liệu minh họa'

/**
 * Words before a number derived from bounded inputs (a change from last year, a total): a change
 * from "hơn 10 tỷ" to an exact figure is "ít nhất" that much (issue 11 item 1). Empty for exact.
 */
export const DERIVED_BOUND_PREFIX: Record<Qualifier, string> = {
  exact: '',
  at_least: 'ít nhất ',
  at_most: 'nhiều nhất ',
  about: 'khoảng ',
}

/** What a mark on a derived number says, beside it (tooltips, footnotes, export columns). */
export const DERIVED_MARK_LABELS = {
  illustrative: 'tính từ dữ liệu minh họa',
  partialYear: 'tính từ số liệu một phần năm',
} as const

/**
 * Roles as a federation officer names them (role picker, sign-in menu, user list, 403 messages). A
 * unit officer's role without its unit: the unit may be a district federation (to 30/6/2025), a ward
 * or commune union, or the industrial-zone union; with the unit known, `roleLabel` names it.
 */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  city: 'Cán bộ LĐLĐ thành phố',
  district: 'Cán bộ đơn vị',
  viewer: 'Lãnh đạo (chỉ xem)',
}

/**
 * The role as the header, the user list and the server's 403 say it, fitting the unit's kind: "Cán bộ
 * công đoàn phường Hai Bà Trưng", "Cán bộ LĐLĐ quận Ba Đình", "Cán bộ công đoàn các KCNC và KCN".
 * `unit.fullName` is the name the unit-name rules derive (`unitFullName`, served as `fullName`);
 * "Công đoàn" is lower-cased inside the phrase. Other roles, or a unit not known, keep ROLE_LABELS.
 */
export function roleLabel(role: Role, unit?: { fullName: string } | null): string {
  if (role !== 'district' || !unit) return ROLE_LABELS[role]
  return `Cán bộ ${unit.fullName.replace(/^Công đoàn\b/u, 'công đoàn')}`
}

/** A report's workflow status, as the entry form and the city's list show it. */
/** A report the unit has not started: a draft without a single actual entered. */
export const NOT_STARTED_LABEL = 'Chưa bắt đầu'

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi, chờ duyệt',
  accepted: 'Đã duyệt (khóa)',
  returned: 'Bị trả lại',
}
