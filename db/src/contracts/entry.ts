// Contracts of the write side: one report per unit and year, its values, workflow and history.
import { z } from 'zod'
import { unitCodeSchema } from './unit-code.ts'
import { HISTORY_FIELDS, QUALIFIERS, REPORT_STATUSES, ROLES, UNIT_KINDS } from './enums.ts'
import { MAX_MONEY } from './figure-input.ts'

export const reportParamsSchema = z.strictObject({
  code: unitCodeSchema,
  year: z
    .string()
    .regex(/^[0-9]{4}$/, { error: 'Năm phải là một số, ví dụ 2024.' })
    .transform(Number),
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
  illustrative: z.boolean(),
  updatedAt: z.string().nullable(),
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
  indicator: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'Mã chỉ tiêu không hợp lệ.' }),
  actual: wholeAmount.nullable().optional(),
  target: wholeAmount.nullable().optional(),
  note: z.string().trim().max(2000, { error: 'Ghi chú tối đa 2.000 ký tự.' }).nullable().optional(),
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
  reason: z
    .string({ error: 'Cần nêu lý do.' })
    .trim()
    .min(3, { error: 'Cần nêu lý do (ít nhất 3 ký tự).' })
    .max(1000, { error: 'Lý do tối đa 1.000 ký tự.' }),
})

/** 409: the report changed since the client read it; `current` is what it is now. */
export const conflictErrorSchema = z.object({
  error: z.object({
    code: z.literal('version_conflict'),
    message: z.string(),
    current: reportResponseSchema,
  }),
})

export const historyEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  user: z.string().nullable(),
  userRole: z.enum(ROLES).nullable(),
  unit: z.string(),
  year: z.number().int(),
  indicator: z.string().nullable(),
  field: z.enum(HISTORY_FIELDS),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  note: z.string().nullable(),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>
export const historyResponseSchema = z.object({ entries: z.array(historyEntrySchema) })
export const historyQuerySchema = z.strictObject({
  indicator: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'Mã chỉ tiêu không hợp lệ.' })
    .optional(),
})

/** The city's list of reports for a year: who has submitted, who is accepted. */
export const reportListResponseSchema = z.object({
  year: z.number().int(),
  reports: z.array(
    z.object({
      unit: z.string(),
      unitName: z.string(),
      status: z.enum(REPORT_STATUSES),
      version: z.number().int(),
      updatedAt: z.string().nullable(),
      filled: z.number().int(),
      expected: z.number().int(),
    }),
  ),
})
