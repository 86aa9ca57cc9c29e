// Reading a year in progress: which figures a view counts (latest or accepted only), which units
// have reported, and who may read a unit's notes. Server builders and every web view use these.
import { z } from './zod.ts'
import { REPORT_STATUSES, type Role } from './enums.ts'

/** Which figures a read shows: the latest saved (drafts included), or only those of accepted reports. */
export const DATA_BASES = ['latest', 'accepted'] as const
export type DataBasis = (typeof DATA_BASES)[number]

export const dataBasisSchema = z.enum(DATA_BASES, {
  error: 'Chọn data=latest (số liệu mới nhất) hoặc data=accepted (chỉ số liệu đã duyệt).',
})

/** The switch's words, printed on every page, slide footer and export too. */
export const DATA_BASIS_LABELS: Record<DataBasis, string> = {
  latest: 'Số liệu mới nhất',
  accepted: 'Chỉ số liệu đã duyệt',
}

/** The longer form for footers and exports: what the figures include. */
export const DATA_BASIS_NOTES: Record<DataBasis, string> = {
  latest: 'Số liệu mới nhất, gồm cả báo cáo chưa duyệt',
  accepted: 'Chỉ số liệu đã duyệt (báo cáo đã được LĐLĐ thành phố duyệt)',
}

/**
 * A unit × year report as the read side sees it: its workflow status, or `none` when there is no
 * report (nothing entered yet, or figures imported outside the workflow, like the published history).
 */
export const REPORT_STATES = [...REPORT_STATUSES, 'none'] as const
export type ReportState = (typeof REPORT_STATES)[number]

/**
 * Whether a unit's figures of a year count in a view. Latest: it has entered at least one figure.
 * Accepted: the city has accepted its report (the figures of an accepted report are locked).
 */
export function countsInBasis(report: ReportState, hasFigures: boolean, basis: DataBasis): boolean {
  return basis === 'accepted' ? report === 'accepted' : hasFigures
}

/**
 * The neutral state of a unit whose figures do not count in a view: it has not reported
 * (`not_reported`), or, reading accepted figures only, it has a report the city has not accepted.
 */
export function missingStatus(
  report: ReportState,
  hasFigures: boolean,
  basis: DataBasis,
): 'not_reported' | 'not_accepted' {
  if (basis === 'latest') return 'not_reported'
  // An empty draft (made when the city set targets) has not been reported, let alone accepted.
  return hasFigures || report === 'submitted' ? 'not_accepted' : 'not_reported'
}

export const reportCountsSchema = z.object(
  Object.fromEntries(REPORT_STATES.map((s) => [s, z.number().int()])) as Record<ReportState, z.ZodNumber>,
)

/** How much of a year a view covers: "12/30 đơn vị đã báo cáo". */
export const coverageSchema = z.object({
  basis: z.enum(DATA_BASES),
  /** Units expected to report that year. */
  expected: z.number().int(),
  /** Units whose figures the view counts. */
  reported: z.number().int(),
  /**
   * Units by report state. `none`: nothing entered yet (no report, or a draft still empty), or
   * figures from outside the workflow (the published history).
   */
  reports: reportCountsSchema,
})
export type Coverage = z.infer<typeof coverageSchema>

export function emptyReportCounts(): Record<ReportState, number> {
  return { draft: 0, submitted: 0, accepted: 0, returned: 0, none: 0 }
}

/** "12/30 đơn vị đã báo cáo", "5/30 đơn vị có báo cáo đã duyệt". */
export function coverageText({
  basis,
  reported,
  expected,
}: Pick<Coverage, 'basis' | 'reported' | 'expected'>) {
  return basis === 'accepted'
    ? `${reported}/${expected} đơn vị có báo cáo đã duyệt`
    : `${reported}/${expected} đơn vị đã báo cáo`
}

/** Where the workflow stands: "5 đã duyệt, 4 chờ duyệt, 3 đang nhập"; null before any report exists. */
export function workflowText(reports: Coverage['reports']): string | null {
  const entering = reports.draft + reports.returned
  if (reports.accepted + reports.submitted + entering === 0) return null
  const parts = [
    reports.accepted > 0 ? `${reports.accepted} đã duyệt` : null,
    reports.submitted > 0 ? `${reports.submitted} chờ duyệt` : null,
    entering > 0 ? `${entering} đang nhập` : null,
  ]
  return parts.filter((p): p is string => p !== null).join(', ')
}

/** True while some expected unit has not reported: the year is read as in progress, not as failed. */
export function inProgress(coverage: Pick<Coverage, 'reported' | 'expected'>): boolean {
  return coverage.reported < coverage.expected
}

/** Who is reading, as far as notes are concerned. */
export interface NoteReader {
  role: Role
  unit: string | null
}

/**
 * Notes of a unit's report stay with that unit, the city and admins until the city accepts the
 * report; then they are public. Figures without a report (`none`) came from outside the workflow
 * (published sources, imports): their notes are part of the published record.
 */
export function noteVisible(reader: NoteReader | null, unit: string, report: ReportState): boolean {
  if (report === 'accepted' || report === 'none') return true
  if (!reader) return false
  if (reader.role === 'admin' || reader.role === 'city') return true
  return reader.role === 'district' && reader.unit === unit
}

/**
 * The reader's class for a cached body: everyone in one class sees the same notes, so a cached
 * answer can never hand a note to someone outside it.
 */
export function noteAudience(reader: NoteReader | null): string {
  if (!reader) return 'public'
  if (reader.role === 'admin' || reader.role === 'city') return 'all'
  if (reader.role === 'district' && reader.unit) return `unit:${reader.unit}`
  return 'public'
}
