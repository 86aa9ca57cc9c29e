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

/** Roles as a federation officer names them (sign-in menu, user list, 403 messages). */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  city: 'Cán bộ LĐLĐ thành phố',
  district: 'Cán bộ LĐLĐ quận/huyện',
  viewer: 'Lãnh đạo (chỉ xem)',
}

/** A report's workflow status, as the entry form and the city's list show it. */
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi, chờ duyệt',
  accepted: 'Đã duyệt (khóa)',
  returned: 'Bị trả lại',
}
