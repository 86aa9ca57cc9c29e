// Numbers as they appear in running Vietnamese report text (domain.md §6), found with their spans:
// "2.352", "2500", "01", "1 tỷ 250,3 triệu đồng", "1,2 triệu", "91,66%", "25/25", "7.261.045351đ"
// (malformed), dates ("30/10/2016"), document numbers ("1454/QĐ-TLĐ", "02-NQ/TW"), year ranges
// ("2018-2023"), times ("16:10"). Whole values go through parseVietnameseNumber, the one reader of
// typed numbers; this file only finds them and tells what else a run of digits can be.
import { parseVietnameseNumber } from './parse.ts'

export type TextNumberKind =
  'quantity' | 'fraction' | 'date' | 'ref' | 'time' | 'year_range' | 'range' | 'malformed'

export interface TextQuantity {
  start: number
  end: number
  /** The value in units (đồng for money, people or items for counts); a percent for `percent`. */
  value: number
  /** Had tỷ/triệu/nghìn. */
  scaled: boolean
  /** Written with đồng/đ/VNĐ/VND, or in tỷ (only money is counted in tỷ). */
  money: boolean
  percent: boolean
  /** A four-digit whole number 1900–2100 written without separators: may be a year. */
  yearLike: boolean
}

export interface TextNumber {
  kind: TextNumberKind
  start: number
  end: number
  /** For `quantity`: the number; for `fraction`: the numerator. */
  value: TextQuantity | null
  /** For `fraction`: the denominator. */
  denominator: TextQuantity | null
}

const LETTER = /[\p{L}]/u
/** How far after a number its scale words, currency, slash or sign can reach. */
const TAIL = 60
const tail = (text: string, from: number) => text.slice(from, from + TAIL)
const FIRST_DIGIT = /\d/g
const DIGIT_RUN = /\d+(?:[.,]\d+)*/gy
const SCALE = /^\s*(tỷ|tỉ|triệu|tr|nghìn|ngàn)(?![\p{L}\p{N}])\.?/u
const CURRENCY = /^\s*(đồng|vnđ|vnd|đ)(?![\p{L}\p{N}])/u
const PERCENT = /^\s*(%|phần trăm(?![\p{L}]))/u
const DATE_WORDS = /(?:ngày|hôm|sáng|chiều|tối|đêm|mùng|đến|tới|từ|trước|sau|tháng|\()\s*$/u

/** "2.352" → "2352"; "91,66" → "91,66"; "82.5" (a careless decimal dot) → "82,5"; null if malformed. */
export function normaliseDigits(run: string): string | null {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(run)) return run.replace(/\./g, '')
  if (/^\d+(,\d+)?$/.test(run)) return run
  if (/^\d+\.\d{1,2}$/.test(run)) return run.replace('.', ',')
  // "1,250,300,000": English grouping, only when unmistakable (two or more groups of three).
  if (/^\d{1,3}(,\d{3}){2,}$/.test(run)) return run.replace(/,/g, '')
  return null
}

function decimalOf(digits: string): number {
  return Number(digits.replace(',', '.'))
}

interface Run {
  start: number
  end: number
  digits: string | null
}

function runAt(text: string, at: number): Run | null {
  DIGIT_RUN.lastIndex = at
  const m = DIGIT_RUN.exec(text)
  if (!m) return null
  return { start: at, end: at + m[0].length, digits: normaliseDigits(m[0]) }
}

/** One number with its scale words, currency and percent sign, starting at a run of digits. */
function quantityAt(text: string, run: Run): { q: TextQuantity | null; end: number } {
  let end = run.end
  if (run.digits === null) return { q: null, end }
  const pieces: string[] = [run.digits]
  let scaled = false
  let scale = SCALE.exec(tail(text, end))
  while (scale) {
    scaled = true
    pieces.push(scale[1] === 'tr' ? 'triệu' : (scale[1] ?? ''))
    end += scale[0].length
    // "1 tỷ 250,3 triệu": another number with its own scale word continues the amount.
    const next = /^\s+(?=\d)/.exec(tail(text, end))
    const nextRun = next ? runAt(text, end + next[0].length) : null
    const nextScale = nextRun ? SCALE.exec(tail(text, nextRun.end)) : null
    if (!nextRun || nextRun.digits === null || !nextScale) break
    pieces.push(nextRun.digits)
    end = nextRun.end
    scale = SCALE.exec(tail(text, end))
  }
  // "5 tỷ 200": a trailing number without its scale word is ambiguous (as in parse.ts).
  if (scaled && /^\s+\d/.test(tail(text, end))) return { q: null, end: runAt(text, end + 1)?.end ?? end }
  const currency = CURRENCY.exec(tail(text, end))
  if (currency) end += currency[0].length
  const percent = currency ? null : PERCENT.exec(tail(text, end))
  if (percent) {
    end += percent[0].length
    const value = decimalOf(run.digits)
    return {
      q: { start: run.start, end, value, scaled: false, money: false, percent: true, yearLike: false },
      end,
    }
  }
  const billions = pieces.includes('tỷ') || pieces.includes('tỉ')
  const money = currency !== null || billions
  const parsed = parseVietnameseNumber(pieces.join(' '), money ? 'money' : 'count')
  if (!parsed.ok || parsed.value === null) return { q: null, end }
  const yearLike =
    !scaled && !money && /^\d{4}$/.test(run.digits) && parsed.value >= 1900 && parsed.value <= 2100
  return {
    q: { start: run.start, end, value: parsed.value, scaled, money, percent: false, yearLike },
    end,
  }
}

/** What a slash between two numbers writes: a date ("30/10", "12/6/2021") or a result/target. */
function slashKind(text: string, first: Run, second: Run, third: Run | null): 'date' | 'fraction' {
  if (third) return 'date'
  const before = text.slice(Math.max(0, first.start - 12), first.start)
  const a = Number(first.digits?.replace(',', '.'))
  const b = Number(second.digits?.replace(',', '.'))
  const dayMonth = Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 31 && b >= 1 && b <= 12
  const monthYear = Number.isInteger(a) && a >= 1 && a <= 12 && /^\d{4}$/.test(second.digits ?? '')
  if ((dayMonth || monthYear) && DATE_WORDS.test(before)) return 'date'
  if (monthYear) return 'date'
  return 'fraction'
}

/** A misprinted number swallows what is glued to it ("7.261.045351đ/2.900.000.000đ"): none of it is read. */
function malformed(text: string, start: number, end: number): TextNumber {
  const glued =
    /^(?:\s?(?:đồng|vnđ|vnd|đ)(?![\p{L}]))?\s?\/\s?\d[\d.,]*(?:\s?(?:đồng|vnđ|vnd|đ)(?![\p{L}]))?/u.exec(
      tail(text, end),
    )
  return simple('malformed', start, end + (glued?.[0].length ?? 0))
}

function simple(kind: TextNumberKind, start: number, end: number): TextNumber {
  return { kind, start, end, value: null, denominator: null }
}

const SLASH = /^\s?\/\s?(?=\d)/
const REF_AFTER = /^(?:\/|-|–)\s?\p{L}/u
const RANGE = /^\s?[-–]\s?(?=\d)/
const TIME = /^(?::\d{2}|h\d{0,2}(?![\p{L}]))/u

/** Every number in `text` (lower-case or not), in order, classified. */
export function scanNumbers(text: string): TextNumber[] {
  const found: TextNumber[] = []
  let i = 0
  while (i < text.length) {
    FIRST_DIGIT.lastIndex = i
    const found0 = FIRST_DIGIT.exec(text)
    if (!found0) break
    const start = found0.index
    const run = runAt(text, start)
    if (!run) break
    const prev = text[start - 1] ?? ''
    // Glued to a letter or a dash after a letter: "F0", "Covid-19", "m3", "2-HĐCĐ" is handled below.
    if (LETTER.test(prev) || (/[-–]/.test(prev) && LETTER.test(text[start - 2] ?? ''))) {
      found.push(simple('ref', start, run.end))
      i = run.end
      continue
    }
    const token = classify(text, run)
    found.push(token)
    i = Math.max(token.end, run.end)
  }
  return found
}

function classify(text: string, run: Run): TextNumber {
  const after = tail(text, run.end)
  if (REF_AFTER.test(after)) return simple('ref', run.start, run.end)
  if (TIME.test(after) && run.digits !== null && /^\d{1,2}$/.test(run.digits)) {
    const m = TIME.exec(after)
    return simple('time', run.start, run.end + (m?.[0].length ?? 0))
  }
  if (run.digits === null) return malformed(text, run.start, run.end)
  const range = RANGE.exec(after)
  if (range) {
    const second = runAt(text, run.end + range[0].length)
    if (second && /^\d{4}$/.test(run.digits) && /^\d{4}$/.test(second.digits ?? ''))
      return simple('year_range', run.start, second.end)
  }
  const { q, end } = quantityAt(text, run)
  if (!q) return malformed(text, run.start, end)
  if (range && !q.scaled) {
    const second = runAt(text, end + (RANGE.exec(tail(text, end))?.[0].length ?? 0))
    if (second && RANGE.test(tail(text, end))) {
      const other = quantityAt(text, second)
      return simple('range', run.start, other.end)
    }
  }
  const slash = SLASH.exec(tail(text, end))
  if (!slash || q.percent) return { kind: 'quantity', start: run.start, end, value: q, denominator: null }
  const secondRun = runAt(text, end + slash[0].length)
  if (!secondRun) return { kind: 'quantity', start: run.start, end, value: q, denominator: null }
  const afterSecond = tail(text, secondRun.end)
  const third = /^\/\d/.test(afterSecond) ? runAt(text, secondRun.end + 1) : null
  if (REF_AFTER.test(afterSecond) && !third) return simple('ref', run.start, secondRun.end)
  if (!q.scaled && !q.money && slashKind(text, run, secondRun, third) === 'date') {
    return simple('date', run.start, third ? third.end : secondRun.end)
  }
  const den = quantityAt(text, secondRun)
  if (!den.q) return malformed(text, run.start, den.end)
  return { kind: 'fraction', start: run.start, end: den.end, value: q, denominator: den.q }
}
