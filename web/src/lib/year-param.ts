import { yearParamSchema } from '@ldld/db/contracts'

export type YearParam =
  { kind: 'missing' } | { kind: 'invalid'; message: string } | { kind: 'valid'; year: number }

/** Reads ?year= with the same rule the API applies, so the message matches the server's. */
export function parseYearParam(raw: string | null): YearParam {
  if (raw === null || raw.trim() === '') return { kind: 'missing' }
  const parsed = yearParamSchema.safeParse(raw)
  if (parsed.success) return { kind: 'valid', year: parsed.data }
  return { kind: 'invalid', message: parsed.error.issues[0]?.message ?? 'Năm không hợp lệ.' }
}
