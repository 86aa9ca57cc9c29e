// Client-side validation with the contracts' zod schemas, one Vietnamese message per field.
// Schemas that give no message of their own (min/max lengths, enums) get the contracts' wording
// (db/src/contracts/zod-messages.ts), the same as the server's 400s.
import type { z } from 'zod'

export type FieldErrors = Record<string, string>

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

/** The first message per top-level field, keyed by field name. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(value)
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
