// Free text a user writes (notes, reasons): one rule for every such field of the write side.
// Control characters (NUL, ESC, DEL, C1…) are invisible, break exports and terminals, and are never
// typed on purpose, so they are refused with a message that says which one and where, rather than
// silently stripped (a user pasting from a broken file should know the text was not what it looked).
import { z } from './zod.ts'
import { formatNumber } from './format.ts'

// Every control character (Cc: C0, DEL, C1) except the tab and line feed a textarea produces; lone
// surrogates (Cs), which no real text holds; and bidirectional overrides (U+202A–U+202E,
// U+2066–U+2069), which make a note display in another order than it is stored.
const SUSPECT = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/gu
const ALLOWED = new Set(['\t', '\n'])

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** The Vietnamese reason a text is refused, or null when it is clean. `label` is "Ghi chú", "Lý do"… */
export function controlCharacterIssue(text: string, label: string): string | null {
  const match = [...text.matchAll(SUSPECT)].find((m) => !ALLOWED.has(m[0]))
  if (!match) return null
  const position = [...text.slice(0, match.index)].length + 1
  return (
    `${label} có ký tự điều khiển không in được (${codePoint(match[0])}, ở vị trí ${position}). ` +
    'Hãy xóa ký tự đó hoặc gõ lại đoạn văn bản.'
  )
}

/** Windows line ends become \n and the text is NFC, so the same words are stored the same way. */
export function normaliseFreeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim()
}

export interface FreeTextOptions {
  /** How the message names the field: "Ghi chú", "Lý do". */
  label: string
  max: number
  min?: number
  /** The message when it is shorter than `min`. */
  minMessage?: string
}

/** A free-text field: trimmed, NFC, control characters refused (400 with the message), bounded. */
export function freeTextSchema({ label, max, min = 0, minMessage }: FreeTextOptions) {
  const maxText = formatNumber(max)
  return z
    .string({ error: `${label} phải là văn bản.` })
    .transform(normaliseFreeText)
    .superRefine((text, ctx) => {
      const issue = controlCharacterIssue(text, label)
      if (issue) ctx.addIssue({ code: 'custom', message: issue })
      else if ([...text].length > max)
        ctx.addIssue({ code: 'custom', message: `${label} tối đa ${maxText} ký tự.` })
      else if (text.length < min)
        ctx.addIssue({ code: 'custom', message: minMessage ?? `${label} cần ít nhất ${min} ký tự.` })
    })
}
