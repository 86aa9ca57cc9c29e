// A figure as it stands in a text field: typed the Vietnamese way, shown back formatted on blur.
// Parsing is the contracts' parser, so what the field accepts is what the server accepts.
import { parseVietnameseNumber, type ParseResult, type UnitKind } from '@ldld/db/contracts'
import { formatNumber, moneyWords } from '@ldld/db/format'

// What a text reads as is kept: the targets grid asks it of 600 texts several times a drawing
// (changed? readable? the cell, the summary, the sums), the money texts once more when written
// (issue 10 item 7). Results are never changed by their readers; the cache is emptied when full.
const KEPT = 8192
const parsedTexts = new Map<string, ParseResult>()

function parsedText(text: string, kind: UnitKind): ParseResult {
  const key = `${kind}\u0000${text}`
  let result = parsedTexts.get(key)
  if (result === undefined) {
    result = parseVietnameseNumber(text, kind)
    if (parsedTexts.size >= KEPT) parsedTexts.clear()
    parsedTexts.set(key, result)
  }
  return result
}

/**
 * "2.352" for counts; "1 tỷ 250,3 triệu" for money when that words the amount exactly, otherwise the
 * exact "1.250.345.678" (the short form rounds to 10.000 đ, and a field must never change a value).
 */
export function inputText(value: number | null, kind: UnitKind): string {
  if (value === null) return ''
  if (kind === 'count') return formatNumber(value)
  const words = moneyWords(value)
  const back = parsedText(words, 'money')
  return back.ok && back.value === value ? words : formatNumber(value)
}

export function parseInput(text: string, kind: UnitKind): ParseResult {
  return parsedText(text, kind)
}

/** The typed text reformatted, or unchanged when it does not parse (the error stays visible). */
export function reformat(text: string, kind: UnitKind): string {
  const parsed = parsedText(text, kind)
  return parsed.ok ? inputText(parsed.value, kind) : text
}

/** The parsed value, or null for empty or unreadable text. */
export function valueOf(text: string, kind: UnitKind): number | null {
  const parsed = parsedText(text, kind)
  return parsed.ok ? parsed.value : null
}
