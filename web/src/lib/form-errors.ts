// Client-side validation with the contracts' zod schemas, one Vietnamese message per field.
// Schemas that give no message of their own (min/max lengths, enums) get one from here.
import type { z } from 'zod'

export type FieldErrors = Record<string, string>

type RawIssue = z.core.$ZodRawIssue

function vietnameseMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? `Cần ít nhất ${String(issue.minimum)} ký tự.`
        : `Phải từ ${String(issue.minimum)} trở lên.`
    case 'too_big':
      return issue.origin === 'string'
        ? `Tối đa ${String(issue.maximum)} ký tự.`
        : `Không được lớn hơn ${String(issue.maximum)}.`
    case 'invalid_value':
      return 'Hãy chọn một giá trị trong danh sách.'
    case 'invalid_type':
      return 'Thiếu thông tin này.'
    case 'invalid_format':
      return 'Không đúng định dạng.'
    default:
      return 'Giá trị không hợp lệ.'
  }
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

/** The first message per top-level field, keyed by field name. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(value, { error: vietnameseMessage })
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}

/** A server's 422 issues (path "body.username" or "username") as field errors. */
export function serverFieldErrors(
  issues: readonly { path?: string | undefined; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = (issue.path ?? 'form').replace(/^body[./]/, '').split(/[./]/)[0] ?? 'form'
    errors[field] ??= issue.message
  }
  return errors
}

/** A text field of a submitted form ('' when absent; files are not text). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}
