// Figures in from files and report text (issue 9): the template's columns, the preview a person
// reads before anything is written, the mapping of a sheet in another layout, and the apply result.
// The server builds these; the web shows them; the tests parse them.
import { z } from './zod.ts'
import { PERIODS, QUALIFIERS, REPORT_STATUSES } from './enums.ts'
import { conflictCellSchema } from './entry.ts'
import { yearSchema } from './year.ts'

/** A spreadsheet of ten years of every unit is about 2 MB; anything past this is not one of ours. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
/** Rows read from one file (126 units × 12 indicators × 20 years is 30 240). */
export const IMPORT_MAX_ROWS = 50_000
/** A preview lives this long on the server; applying it later asks for the file again. */
export const IMPORT_PREVIEW_TTL_MINUTES = 30
/** Errors listed one by one; past this the rest are counted in one line. */
export const IMPORT_MAX_LISTED_ERRORS = 300

/**
 * The template's columns, in order. The fill columns are named by field; the headings carry the
 * year ("Thực hiện 2026"). "Mã đơn vị" and "Mã chỉ tiêu" make a row independent of names.
 */
export const TEMPLATE_HEADINGS = {
  unit: 'Mã đơn vị',
  unitName: 'Đơn vị',
  indicator: 'Mã chỉ tiêu',
  indicatorName: 'Chỉ tiêu (đơn vị tính)',
  year: 'Năm',
  previous: (year: number) => `Năm trước: thực hiện ${year - 1}`,
  target: (year: number) => `Chỉ tiêu giao ${year}`,
  actual: (year: number) => `Thực hiện ${year}`,
  note: 'Ghi chú',
} as const

/** The first cell of the template's information sheet: how an upload is told to be a template. */
export const TEMPLATE_MARK = 'Mẫu nhập số liệu Chỉ tiêu Công đoàn'
export const TEMPLATE_INFO_SHEET = 'Thông tin'

export const IMPORT_LAYOUTS = ['template', 'long', 'mapped', 'text'] as const
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number]

export const IMPORT_LAYOUT_LABELS: Record<ImportLayout, string> = {
  template: 'Mẫu nhập của hệ thống',
  long: 'Bảng dọc (đơn vị, năm, chỉ tiêu, thực hiện, chỉ tiêu giao)',
  mapped: 'Bảng khác (đơn vị theo dòng, chỉ tiêu theo cột)',
  text: 'Văn bản báo cáo',
}

export const IMPORT_FIELDS = ['actual', 'target', 'note'] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** A place in the file (sheet and cell, "D7"), or in the text (the quote). */
export const importIssueSchema = z.object({
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  message: z.string(),
})
export type ImportIssue = z.infer<typeof importIssueSchema>

const value = z.union([z.number(), z.string()]).nullable()

export const importChangeSchema = z.object({
  unit: z.string(),
  /** The unit's full name ("Công đoàn phường Hai Bà Trưng"). */
  unitName: z.string(),
  year: z.number().int(),
  indicator: z.string(),
  field: z.enum(IMPORT_FIELDS),
  old: value,
  new: value,
  /** Changes of an actual: how it is stated before and after. */
  oldQualifier: z.enum(QUALIFIERS).nullable(),
  newQualifier: z.enum(QUALIFIERS).nullable(),
  /** The old value was invented demo data. */
  oldIllustrative: z.boolean(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  /** Report text: the words the figure comes from. */
  quote: z.string().nullable(),
})
export type ImportChange = z.infer<typeof importChangeSchema>

/** One column of a sheet in another layout: which indicator and field it holds, if any. */
export const mappingColumnSchema = z.object({
  /** Column letter ("C"). */
  column: z.string().regex(/^[A-Z]{1,3}$/),
  header: z.string(),
  indicator: z.string().nullable(),
  field: z.enum(['actual', 'target']),
})
export type MappingColumn = z.infer<typeof mappingColumnSchema>

export const mappingRowSchema = z.object({
  row: z.number().int().min(1),
  /** What the unit cell says. */
  label: z.string(),
  /** The unit's code, or null: the row is left out. */
  unit: z.string().nullable(),
})
export type MappingRow = z.infer<typeof mappingRowSchema>

export const importMappingSchema = z.strictObject({
  sheet: z.string(),
  headerRow: z.number().int().min(1),
  /** Column letter of the unit names or codes. */
  unitColumn: z.string().regex(/^[A-Z]{1,3}$/),
  year: yearSchema,
  columns: z.array(mappingColumnSchema.strict()).max(200),
  rows: z.array(mappingRowSchema.strict()).max(5000),
})
export type ImportMapping = z.infer<typeof importMappingSchema>

export const importReportSchema = z.object({
  unit: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  /** The report's version the preview was made on: applying writes on it, or finds the conflicts. */
  version: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  changes: z.number().int(),
})
export type ImportReport = z.infer<typeof importReportSchema>

export const importPreviewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  layout: z.enum(IMPORT_LAYOUTS),
  /** Figures (cells) the file holds that were read. */
  read: z.number().int(),
  changes: z.array(importChangeSchema),
  /** Values the file holds that equal what is stored. */
  unchanged: z.number().int(),
  errors: z.array(importIssueSchema),
  warnings: z.array(importIssueSchema),
  /** The reports that would change. */
  reports: z.array(importReportSchema),
  /** Another layout: how the product read the sheet; the person confirms or corrects it first. */
  mapping: importMappingSchema.nullable(),
  /** Whether the mapping was confirmed (always true for the template, long form and text). */
  mappingConfirmed: z.boolean(),
  expiresAt: z.string(),
})
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const importIdParamsSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{24}$/, { error: 'Mã bản xem trước không hợp lệ.' }),
})

export const importMappingBodySchema = z.strictObject({ mapping: importMappingSchema })

export const importApplyResultSchema = z.object({
  applied: z.number().int(),
  reports: z.array(
    z.object({ unit: z.string(), unitName: z.string(), year: z.number().int(), version: z.number().int() }),
  ),
})
export type ImportApplyResult = z.infer<typeof importApplyResultSchema>

/** 409: cells changed by someone else since the preview; nothing was written. */
export const importConflictSchema = z.object({
  error: z.object({
    code: z.literal('import_conflict'),
    message: z.string(),
    cells: z.array(conflictCellSchema.extend({ year: z.number().int(), unitName: z.string() })),
  }),
})

/** One accepted figure of report text, as the extract page saves it. */
export const textFigureSchema = z.strictObject({
  unit: z.string().regex(/^[0-9A-Za-z_-]{1,20}$/, { error: 'Mã đơn vị không hợp lệ.' }),
  year: yearSchema,
  indicator: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'Mã chỉ tiêu không hợp lệ.' }),
  actual: z.number().int().min(0).nullable(),
  target: z.number().int().min(0).nullable(),
  targetDerived: z.boolean().default(false),
  statedPercent: z.number().min(0).max(100_000).nullable().default(null),
  qualifier: z.enum(QUALIFIERS),
  period: z.enum(PERIODS),
  /** The text's words for the period ("9 tháng đầu năm"), kept with the figure. */
  periodText: z.string().trim().max(200).nullable().default(null),
  quote: z.string().trim().min(1).max(2000),
})
export type TextFigure = z.input<typeof textFigureSchema>

export const textImportBodySchema = z.strictObject({
  figures: z.array(textFigureSchema).min(1, { error: 'Chưa có số nào để lưu.' }).max(500),
})

export const templateQuerySchema = z.strictObject({
  unit: z
    .string()
    .regex(/^[0-9A-Za-z_-]{1,20}$/, { error: 'Mã đơn vị không hợp lệ.' })
    .optional(),
})
export const templateParamsSchema = z.strictObject({
  file: z.string().regex(/^[0-9]{4}\.xlsx$/, { error: 'Tên tệp mẫu: năm.xlsx, ví dụ 2026.xlsx.' }),
})
