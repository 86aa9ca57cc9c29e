// The one pattern of an indicator key ("new_members", "welfare_spending"), for route params, the
// admin's indicator form, entry, targets, history and imports.
import { z } from './zod.ts'

export const INDICATOR_KEY_PATTERN = /^[a-z][a-z0-9_]{1,40}$/

export const INDICATOR_KEY_RULE =
  'Mã chỉ tiêu gồm chữ thường không dấu, chữ số và gạch dưới (2–41 ký tự, bắt đầu bằng chữ), ví dụ new_members.'

export function isIndicatorKey(text: string): boolean {
  return INDICATOR_KEY_PATTERN.test(text)
}

export const indicatorKeySchema = z
  .string({ error: 'Thiếu mã chỉ tiêu.' })
  .regex(INDICATOR_KEY_PATTERN, { error: INDICATOR_KEY_RULE })
