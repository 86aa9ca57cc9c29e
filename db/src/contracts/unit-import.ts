// The unit list as a file (CSV or XLSX): its columns, the words accepted in them, and the preview
// and result of an import. The same layout is exported, so an exported list re-imports unchanged.
import { z } from './zod.ts'
import type { AdminType, OrgKind } from './enums.ts'

/** Columns in file order; `required` ones must be present as headings. */
export const UNIT_FILE_COLUMNS = [
  { key: 'code', heading: 'Mã', required: true },
  { key: 'name', heading: 'Tên', required: true },
  { key: 'kind', heading: 'Loại', required: true },
  { key: 'adminType', heading: 'Cấp hành chính', required: true },
  { key: 'parent', heading: 'Đơn vị cấp trên', required: true },
  { key: 'validFrom', heading: 'Hiệu lực từ', required: true },
  { key: 'validTo', heading: 'Hiệu lực đến', required: false },
  { key: 'predecessors', heading: 'Tiếp nhận từ', required: false },
] as const
export type UnitFileColumn = (typeof UNIT_FILE_COLUMNS)[number]['key']

/**
 * Headings accepted for each column, compared after `foldText` (no case, diacritics, spaces or
 * punctuation): Vietnamese, English, and the reference list's snake_case.
 */
export const UNIT_FILE_HEADINGS: Record<UnitFileColumn, readonly string[]> = {
  code: ['mã', 'mã đơn vị', 'code'],
  name: ['tên', 'tên đơn vị', 'tên ngắn', 'name'],
  kind: ['loại', 'loại đơn vị', 'kind'],
  adminType: ['cấp hành chính', 'loại hành chính', 'admin type', 'admin_type'],
  parent: ['đơn vị cấp trên', 'mã đơn vị cấp trên', 'cấp trên', 'parent', 'parent code'],
  validFrom: ['hiệu lực từ', 'từ ngày', 'valid from', 'valid_from'],
  validTo: ['hiệu lực đến', 'đến ngày', 'valid to', 'valid_to'],
  predecessors: ['tiếp nhận từ', 'đơn vị tiền thân', 'predecessors'],
}

/** Words for a kind: the exported word first, then what else a person may type. */
export const ORG_KIND_WORDS: Record<OrgKind, readonly string[]> = {
  city: ['LĐLĐ thành phố', 'thành phố', 'city'],
  district: ['LĐLĐ quận, huyện', 'LĐLĐ quận, huyện, thị xã', 'quận, huyện', 'cấp huyện', 'district'],
  ward: ['công đoàn phường', 'phường', 'ward'],
  commune: ['công đoàn xã', 'xã', 'commune'],
  sector: ['công đoàn ngành', 'ngành', 'sector'],
  industrial_zone: [
    'công đoàn KCN',
    'công đoàn các KCNC và KCN',
    'KCN',
    'khu công nghiệp',
    'industrial_zone',
  ],
}

export const ADMIN_TYPE_WORDS_IN_FILE: Record<AdminType, readonly string[]> = {
  quan: ['quận', 'quan'],
  huyen: ['huyện', 'huyen'],
  thi_xa: ['thị xã', 'thi_xa', 'thi xa'],
  phuong: ['phường', 'phuong'],
  xa: ['xã', 'xa'],
}

/**
 * Lower case, no diacritics ("đ" → "d"), letters and digits only: "Hiệu lực từ", "valid_from" and
 * "HIEU LUC TU" all fold to one key.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

/** Files larger than this are refused before they are read. */
export const UNIT_FILE_MAX_BYTES = 2 * 1024 * 1024
/** More rows than any federation has units: a bigger file is a mistake, not a unit list. */
export const UNIT_FILE_MAX_ROWS = 5000

export const UNIT_IMPORT_MODES = ['merge', 'full'] as const
export type UnitImportMode = (typeof UNIT_IMPORT_MODES)[number]

export const UNIT_IMPORT_STATUSES = ['new', 'changed', 'ended', 'unchanged', 'removed'] as const
export type UnitImportStatus = (typeof UNIT_IMPORT_STATUSES)[number]

export const UNIT_IMPORT_STATUS_LABELS: Record<UnitImportStatus, string> = {
  new: 'Thêm mới',
  changed: 'Thay đổi',
  ended: 'Kết thúc hoạt động',
  unchanged: 'Không đổi',
  removed: 'Xóa khỏi danh sách',
}

export const unitImportIssueSchema = z.object({
  /** Row number as the spreadsheet shows it (the heading is row 1); null for the whole file. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string().nullable(),
  message: z.string(),
})
export type UnitImportIssue = z.infer<typeof unitImportIssueSchema>

export const unitChangeSchema = z.object({
  column: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
})

export const unitImportEntrySchema = z.object({
  row: z.number().int().nullable(),
  code: z.string(),
  fullName: z.string(),
  status: z.enum(UNIT_IMPORT_STATUSES),
  changes: z.array(unitChangeSchema),
})
export type UnitImportEntry = z.infer<typeof unitImportEntrySchema>

const countsSchema = z.object({
  new: z.number().int(),
  changed: z.number().int(),
  ended: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
})

export const unitImportPreviewSchema = z.object({
  /** The unit list the preview was made on; applying sends it back and a changed list is refused. */
  revision: z.string(),
  mode: z.enum(UNIT_IMPORT_MODES),
  format: z.enum(['csv', 'xlsx']),
  rows: z.number().int(),
  counts: countsSchema,
  entries: z.array(unitImportEntrySchema),
  errors: z.array(unitImportIssueSchema),
})
export type UnitImportPreview = z.infer<typeof unitImportPreviewSchema>

export const unitImportResultSchema = z.object({ revision: z.string(), counts: countsSchema })
export type UnitImportResult = z.infer<typeof unitImportResultSchema>

export const unitExportQuerySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx'], { error: 'Định dạng tải về: csv hoặc xlsx.' }).default('csv'),
})

export const predecessorLinkSchema = z.object({
  unit: z.string(),
  predecessor: z.string(),
  illustrative: z.boolean(),
})
export const predecessorsResponseSchema = z.object({ links: z.array(predecessorLinkSchema) })
export type PredecessorLink = z.infer<typeof predecessorLinkSchema>
