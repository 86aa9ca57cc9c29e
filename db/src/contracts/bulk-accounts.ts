// Accounts in bulk: the admin uploads a CSV or XLSX (unit code, display name, username: one officer
// per union), reads a preview with every row's problems, confirms, and gets each account with a
// one-time password shown once. Nothing is written until the confirmation, and then all or nothing.
import { z } from './zod.ts'

/** At most this many accounts per file: the 126 commune-level unions of Hà Nội fit several times. */
export const BULK_MAX_ROWS = 500
/** Bigger files are refused before they are read (413). */
export const BULK_MAX_FILE_BYTES = 1024 * 1024

/** The columns, as the template's header row names them (other spellings are accepted). */
export const BULK_COLUMNS = {
  unit: 'Mã đơn vị',
  displayName: 'Tên hiển thị',
  username: 'Tên đăng nhập',
} as const

/** One row as read from the file (text as typed; the server checks it). */
export const bulkAccountRowSchema = z.strictObject({
  /** Row number in the file (the header is row 1), so errors name the row the admin sees. */
  row: z.number().int().min(2),
  unit: z.string().max(100),
  displayName: z.string().max(300),
  username: z.string().max(100),
})
export type BulkAccountRow = z.infer<typeof bulkAccountRowSchema>

export const bulkPreviewRowSchema = bulkAccountRowSchema.extend({
  /** The unit's name when the code is known. */
  unitName: z.string().nullable(),
  /** Why this row cannot be created, in Vietnamese; empty when it can. */
  problems: z.array(z.string()),
})
export type BulkPreviewRow = z.infer<typeof bulkPreviewRowSchema>

export const bulkPreviewResponseSchema = z.object({
  fileName: z.string(),
  rows: z.array(bulkPreviewRowSchema),
  /** Rows without problems / rows with at least one. Confirmation needs `invalid` = 0. */
  valid: z.number().int(),
  invalid: z.number().int(),
})
export type BulkPreview = z.infer<typeof bulkPreviewResponseSchema>

/** POST /api/users/bulk: the rows of the preview, sent back to be checked again and created. */
export const bulkCreateBodySchema = z.strictObject({
  rows: z
    .array(bulkAccountRowSchema)
    .min(1, { error: 'Không có tài khoản nào để tạo.' })
    .max(BULK_MAX_ROWS, { error: `Tối đa ${BULK_MAX_ROWS} tài khoản mỗi lần.` }),
})

export const bulkCreatedAccountSchema = z.object({
  row: z.number().int(),
  unit: z.string(),
  unitName: z.string(),
  displayName: z.string(),
  username: z.string(),
  /** Shown once: the server keeps only its hash. Changed at the first sign-in. */
  oneTimePassword: z.string(),
})
export type BulkCreatedAccount = z.infer<typeof bulkCreatedAccountSchema>

export const bulkCreateResponseSchema = z.object({ accounts: z.array(bulkCreatedAccountSchema) })
