// Contracts of the write side: one report per unit and year, its values, workflow and history.
import { z } from './zod.ts'
import { sourceSchema } from './api.ts'
import { unitCodeSchema } from './unit-code.ts'
import {
  ADMIN_TYPES,
  HISTORY_FIELDS,
  ORG_KINDS,
  QUALIFIERS,
  REPORT_STATUSES,
  ROLES,
  UNIT_KINDS,
} from './enums.ts'
import { MAX_MONEY } from './figure-input.ts'
import { PERIODS, type ReportStatus } from './enums.ts'
import { freeTextSchema } from './text-field.ts'
import { yearParamSchema } from './year.ts'
import { indicatorKeySchema } from './indicator-key.ts'

export const reportParamsSchema = z.strictObject({
  code: unitCodeSchema,
  // The one year parser (year.ts); which years a write may name is checked by the server's year rule.
  year: yearParamSchema,
})

const wholeAmount = z
  .number({ error: 'Phải là một số.' })
  .int({ error: 'Phải là số nguyên, không có phần lẻ (tiền tính bằng đồng).' })
  .min(0, { error: 'Không được là số âm.' })
  .max(MAX_MONEY, { error: 'Số quá lớn.' })

/** A value as the entry form shows it: this year's figure beside last year's and the target. */
export const reportValueSchema = z.object({
  indicator: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  actual: z.number().int().nullable(),
  actualQualifier: z.enum(QUALIFIERS),
  target: z.number().int().nullable(),
  note: z.string().nullable(),
  previousActual: z.number().int().nullable(),
  /** How last year's figure is stated, and whether it is invented demo data (shown "mh" beside it). */
  previousQualifier: z.enum(QUALIFIERS),
  previousIllustrative: z.boolean(),
  /** The actual is invented demo data: shown "mh", and it must be confirmed or replaced before submission. */
  illustrative: z.boolean(),
  targetIllustrative: z.boolean(),
  targetDerived: z.boolean(),
  /** The percentage the source printed, when it printed one. */
  statedPercent: z.number().nullable(),
  quote: z.string().nullable(),
  /**
   * Where the actual (or the stated percentage) comes from, for a real figure: the article or report
   * the form names beside the quote. Null for a figure someone typed, and for illustrative ones.
   */
  source: sourceSchema.nullable(),
  updatedAt: z.string().nullable(),
  /** Display name of whoever saved it last (never a username). */
  updatedBy: z.string().nullable(),
})
export type ReportValue = z.infer<typeof reportValueSchema>

export const checkIssueSchema = z.object({
  indicator: z.string(),
  field: z.enum(['actual', 'target', 'note']),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  /** For a warning: whether a note explains it (submission needs every warning explained). */
  explained: z.boolean(),
})
export type CheckIssue = z.infer<typeof checkIssueSchema>

export const reportResponseSchema = z.object({
  unit: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  /** Why it was returned or unlocked, from the last city decision. */
  reason: z.string().nullable(),
  updatedAt: z.string().nullable(),
  values: z.array(reportValueSchema),
  issues: z.array(checkIssueSchema),
  /** Why the signed-in user cannot edit now: it awaits the city, it is locked, or the role reads only. */
  readOnly: z.enum(['submitted', 'accepted', 'no_right']).nullable(),
  /** What the signed-in user may do now (the server decides; the UI only shows it). */
  can: z.object({
    editActual: z.boolean(),
    editTarget: z.boolean(),
    submit: z.boolean(),
    accept: z.boolean(),
    return: z.boolean(),
    unlock: z.boolean(),
  }),
})
export type Report = z.infer<typeof reportResponseSchema>

export const saveValueSchema = z.strictObject({
  indicator: indicatorKeySchema,
  actual: wholeAmount.nullable().optional(),
  target: wholeAmount.nullable().optional(),
  /** How the actual is stated (issue 11); absent: a new number is exact, the same number keeps its own. */
  actualQualifier: z.enum(QUALIFIERS).optional(),
  note: freeTextSchema({ label: 'Ghi chú', max: 2000 }).nullable().optional(),
  /** "Xác nhận": the unit states that the illustrative actual shown is its real figure. */
  confirm: z.boolean().optional(),
})
export type SaveValue = z.infer<typeof saveValueSchema>

const versionSchema = z.number({ error: 'Thiếu phiên bản đã đọc (version).' }).int().min(0)

/** PUT …/values: only the values sent change; `version` is the one the client read. */
export const saveReportBodySchema = z.strictObject({
  version: versionSchema,
  values: z
    .array(saveValueSchema)
    .min(1, { error: 'Không có giá trị nào để lưu.' })
    .max(200)
    .refine((vs) => new Set(vs.map((v) => v.indicator)).size === vs.length, {
      error: 'Mỗi chỉ tiêu chỉ được gửi một lần.',
    }),
})
export type SaveReportBody = z.infer<typeof saveReportBodySchema>

export const workflowBodySchema = z.strictObject({ version: versionSchema })
export const reasonBodySchema = z.strictObject({
  version: versionSchema,
  reason: freeTextSchema({
    label: 'Lý do',
    max: 1000,
    min: 3,
    minMessage: 'Cần nêu lý do (ít nhất 3 ký tự).',
  }),
})

/** A cell this write changes that someone else changed after the version the writer read. */
export const conflictCellSchema = z.object({
  unit: z.string(),
  indicator: z.string(),
  field: z.enum(['actual', 'target', 'note']),
  /** What this writer sent, and what the cell holds now (the other person's value). */
  yours: z.union([z.number(), z.string()]).nullable(),
  theirs: z.union([z.number(), z.string()]).nullable(),
  /** Display name of who changed it, and when. */
  by: z.string().nullable(),
  at: z.string().nullable(),
})
export type ConflictCell = z.infer<typeof conflictCellSchema>

/** 409: a cell the write changes was changed after the version read; `current` is the report now. */
export const conflictErrorSchema = z.object({
  error: z.object({
    code: z.literal('version_conflict'),
    message: z.string(),
    current: reportResponseSchema,
    cells: z.array(conflictCellSchema),
  }),
})

export const historyOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('form') }),
  z.object({ kind: z.literal('confirm') }),
  z.object({ kind: z.literal('file'), file: z.string(), sheet: z.string().nullable(), cell: z.string() }),
  z.object({ kind: z.literal('text'), quote: z.string(), period: z.enum(PERIODS) }),
])

export const historyEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Display name, never the username (a district officer reads the city's and admins' entries too). */
  user: z.string().nullable(),
  userRole: z.enum(ROLES).nullable(),
  unit: z.string(),
  year: z.number().int(),
  indicator: z.string().nullable(),
  field: z.enum(HISTORY_FIELDS),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  /** On changes of an actual: how it was stated before and after ("hơn", "khoảng"…). */
  oldQualifier: z.enum(QUALIFIERS).nullable(),
  newQualifier: z.enum(QUALIFIERS).nullable(),
  note: z.string().nullable(),
  origin: historyOriginSchema,
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>

/** A page of history, newest first; `nextCursor` asks for the older entries (null: no more). */
export const historyResponseSchema = z.object({
  entries: z.array(historyEntrySchema),
  nextCursor: z.string().nullable(),
})
export type HistoryPage = z.infer<typeof historyResponseSchema>

export const HISTORY_PAGE_SIZE = 50
export const HISTORY_PAGE_MAX = 200

export const historyQuerySchema = z.strictObject({
  indicator: indicatorKeySchema.optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, { error: 'Con trỏ trang không hợp lệ; dùng nextCursor của trang trước.' })
    .transform(Number)
    .optional(),
  limit: z
    .string()
    .regex(/^[0-9]{1,4}$/, { error: 'Số mục mỗi trang phải là số.' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: 'Mỗi trang ít nhất 1 mục.' })
        .max(HISTORY_PAGE_MAX, { error: `Mỗi trang tối đa ${HISTORY_PAGE_MAX} mục.` }),
    )
    .optional(),
})

/**
 * Whether a unit has started its report: it has entered an actual, or the report has left the draft
 * state. Targets the city sets, or notes alone, do not start a report.
 */
export function reportStarted(status: ReportStatus, filled: number): boolean {
  return status !== 'draft' || filled > 0
}

/** The city's list of reports for a year: who has submitted, who is accepted. */
export const reportListResponseSchema = z.object({
  year: z.number().int(),
  reports: z.array(
    z.object({
      unit: z.string(),
      /** The stored short name; kind, type and period let the list tell two units of one name apart. */
      unitName: z.string(),
      kind: z.enum(ORG_KINDS),
      adminType: z.enum(ADMIN_TYPES).nullable(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      status: z.enum(REPORT_STATUSES),
      /** Whether the unit has started it (`reportStarted`): "chưa bắt đầu" is told apart from a draft. */
      started: z.boolean(),
      version: z.number().int(),
      updatedAt: z.string().nullable(),
      filled: z.number().int(),
      expected: z.number().int(),
    }),
  ),
})
