// A figure as it stands in a text field: typed the Vietnamese way, shown back formatted on blur.
// Parsing is the contracts' parser, so what the field accepts is what the server accepts.
import { parseVietnameseNumber, type ParseResult, type UnitKind } from '@ldld/db/contracts'
import { formatNumber, moneyWords } from '@ldld/db/format'

/**
 * "2.352" for counts; "1 tỷ 250,3 triệu" for money when that words the amount exactly, otherwise the
 * exact "1.250.345.678" (the short form rounds to 10.000 đ, and a field must never change a value).
 */
export function inputText(value: number | null, kind: UnitKind): string {
  if (value === null) return ''
  if (kind === 'count') return formatNumber(value)
  const words = moneyWords(value)
  const back = parseVietnameseNumber(words, 'money')
  return back.ok && back.value === value ? words : formatNumber(value)
}

export function parseInput(text: string, kind: UnitKind): ParseResult {
  return parseVietnameseNumber(text, kind)
}

/** The typed text reformatted, or unchanged when it does not parse (the error stays visible). */
export function reformat(text: string, kind: UnitKind): string {
  const parsed = parseVietnameseNumber(text, kind)
  return parsed.ok ? inputText(parsed.value, kind) : text
}

/** The parsed value, or null for empty or unreadable text. */
export function valueOf(text: string, kind: UnitKind): number | null {
  const parsed = parseVietnameseNumber(text, kind)
  return parsed.ok ? parsed.value : null
}
