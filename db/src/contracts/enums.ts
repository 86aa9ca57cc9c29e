// Closed sets of the domain. Indicators are data (an admin adds them); these are not.

/** Kinds of organisation unit. Ward/commune unions exist from 2025-10-01 (domain.md §3). */
export const ORG_KINDS = ['city', 'district', 'ward', 'commune', 'sector', 'industrial_zone'] as const
export type OrgKind = (typeof ORG_KINDS)[number]

/** Administrative type of a district-level unit, as GSO writes it. */
export const ADMIN_TYPES = ['quan', 'huyen', 'thi_xa', 'phuong', 'xa'] as const
export type AdminType = (typeof ADMIN_TYPES)[number]

/** What an indicator counts. Money is always whole đồng. */
export const UNIT_KINDS = ['count', 'money'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

/** Flows are summed over a year; stocks are read at a cut-off date. Both are summed across units. */
export const MEASURES = ['flow', 'stock'] as const
export type Measure = (typeof MEASURES)[number]

/** How a source states a figure: "hơn 10 tỷ" is at_least, "gần" at_most, "khoảng" about. */
export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'about'] as const
export type Qualifier = (typeof QUALIFIERS)[number]

/** What stretch of time a figure covers: "năm 2021"; "9 tháng đầu năm", "tính đến 30/10"; "nhiệm kỳ 2018-2023". */
export const PERIODS = ['year', 'part_year', 'multi_year'] as const
export type Period = (typeof PERIODS)[number]

/**
 * Status bands of domain.md §4, and the neutral states of a year in progress: a unit that has not
 * reported yet (`not_reported`), or whose report the city has not accepted when only accepted
 * figures are read (`not_accepted`). Neither is a failure, and neither is coloured as one.
 * `source_no_target`: a real figure whose source states no target (issue 11 item 2) — the source is
 * silent, which is not the claim "no target assigned" (`no_target`); ranked apart from both.
 */
export const STATUSES = [
  'achieved',
  'near',
  'below',
  'no_target',
  'source_no_target',
  'no_data',
  'not_reported',
  'not_accepted',
] as const
export type Status = (typeof STATUSES)[number]

export const SOURCE_KINDS = ['article', 'report', 'entry', 'illustrative'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** Who may do what (issue 3): admin ⊃ city ⊃ viewer for reading; district writes its own unit only. */
export const ROLES = ['admin', 'city', 'district', 'viewer'] as const
export type Role = (typeof ROLES)[number]

/** One report per unit and year: draft → submitted → accepted (locked) or returned with a reason. */
export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/** What a history entry records a change of. */
export const HISTORY_FIELDS = ['actual', 'target', 'note', 'status'] as const
export type HistoryField = (typeof HISTORY_FIELDS)[number]
