// What follows a result: its target ("…, chỉ tiêu 1.050"), its stated percentage ("(đạt 177% chỉ tiêu
// giao)", "vượt chỉ tiêu cấp trên giao 132%", "vượt 46,5% kế hoạch"), and, from a percentage alone,
// a target worked back only when one whole number fits (and then marked derived).
import type { TextNumber } from '@ldld/db/contracts'
import { PERCENT_LEAD, PERCENT_OTHER, TARGET_AFTER, TARGET_WORD } from './lexicon.ts'
import { wordCount } from './text.ts'
import { between, type PercentReading, type Reading, type SentenceScan } from './types.ts'

/** Printed percentages are rounded loosely ("176,84%" printed "177%"): about a point either way. */
export const PERCENT_TOLERANCE = 1
const MAX_PERCENT_GAP_WORDS = 10
const SLASH_TARGET_TAIL = /^\s*(?:chỉ tiêu|kế hoạch|kh)(?![\p{L}])/u
const TARGET_TAIL =
  /^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|dự toán|kh)(?:\s+(?:của\s+)?(?:cấp trên|tp|thành phố|tổng liên đoàn|được))?(?:\s+giao)?/u

function nextTokens(scan: SentenceScan, from: number): TextNumber[] {
  return scan.tokens.filter((t) => t.start >= from && !scan.consumed.has(t))
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0
  return re.test(s)
}

/** Money indicators: their target is the budget (dự toán), so "đạt 102%" after an amount is against it. */
const BUDGETED: ReadonlySet<string> = new Set(['union_fee', 'dues'])

function attachTarget(scan: SentenceScan, r: Reading): void {
  if (r.target !== null || r.actual === null) return
  const t = nextTokens(scan, r.extentEnd).find((x) => !x.value?.percent)
  if (!t?.value || t.kind !== 'quantity' || t.value.money !== r.money) return
  const gap = between(scan, r.extentEnd, t.start)
  // "25 CĐCS/20 chỉ tiêu": the target after a slash, named as such after it.
  const slashed = /^\s*\/\s*$/u.test(gap) && SLASH_TARGET_TAIL.test(between(scan, t.end, scan.sentence.end))
  if (!slashed && !TARGET_AFTER.test(gap)) return
  scan.consumed.add(t)
  r.target = t.value.value
  r.extentEnd = t.end
  r.quote.end = Math.max(r.quote.end, t.end)
}

/** The percentage a text states, read against actual/target when both are known. */
export function readPercent(
  printed: number,
  gap: string,
  computed: number | null,
): { value: number | null; reading: PercentReading } {
  const exceed = /vượt/u.test(gap)
  if (!exceed) return { value: printed, reading: 'reached' }
  const fits = (v: number) => computed !== null && Math.abs(computed - v) <= PERCENT_TOLERANCE
  if (fits(printed)) return { value: printed, reading: 'reached' }
  if (fits(printed + 100)) return { value: printed + 100, reading: 'exceeded_by' }
  // "vượt 46,5% chỉ tiêu": exceeded by; "vượt chỉ tiêu … 132%": reached. "vượt 320% chỉ tiêu": unclear.
  const direct = /vượt(?:\s+(?:mức|được))?\s*$/u.test(gap)
  if (printed < 100) return { value: printed + 100, reading: 'exceeded_by' }
  if (direct) return { value: null, reading: 'ambiguous' }
  return { value: printed, reading: 'reached' }
}

/** How far the quote of a percentage runs: to its closing bracket or over "… chỉ tiêu giao". */
export function percentTail(scan: SentenceScan, gap: string, p: TextNumber): number {
  const after = between(scan, p.end, scan.sentence.end)
  if (gap.includes('(')) {
    const close = after.indexOf(')')
    if (close >= 0 && wordCount(after.slice(0, close)) <= 8) return p.end + close + 1
  }
  const tail = TARGET_TAIL.exec(after)
  return p.end + (tail?.[0].length ?? 0)
}

function attachPercent(scan: SentenceScan, r: Reading): void {
  const p = nextTokens(scan, r.extentEnd)[0]
  if (!p?.value?.percent) return
  const gap = between(scan, r.extentEnd, p.start)
  if (gap.includes(';') || wordCount(gap) > MAX_PERCENT_GAP_WORDS) return
  const fraction = r.actual !== null && r.target !== null
  // "thực hiện 1.210, kế hoạch 1.100, tỷ lệ 110%": after a result and its target, "tỷ lệ" is the rate achieved.
  // "…, tỷ lệ 110%" and "1.200/1.000 người (120%)": after a result and its target, the rate achieved.
  const rateOfPair = fraction && /(?:tỷ lệ(?:\s+(?:đạt|thực hiện|hoàn thành))?\s*:?|\()\s*$/u.test(gap)
  if (!rateOfPair && (!PERCENT_LEAD.test(gap) || test(PERCENT_OTHER, gap))) return
  if (scan.cues.some((c) => c.start >= r.extentEnd && c.end <= p.start)) return
  const afterWords = between(scan, p.end, scan.sentence.end).split(/\s+/).slice(0, 7).join(' ')
  // "… đạt 108% dự toán; thu đoàn phí …, đạt 102%": a list of results read against their targets.
  // "Chỉ tiêu …: kết nạp 2.000 đoàn viên; kết quả: kết nạp 2.310 đoàn viên, đạt 115,5%" too.
  const parallel = scan.readings.some(
    (o) =>
      o.percentReading !== null || (o.indicator === r.indicator && o.actual === null && o.target !== null),
  )
  const named = test(TARGET_WORD, gap) || test(TARGET_WORD, afterWords) || /vượt/u.test(gap)
  if (!fraction && !named && !parallel && !BUDGETED.has(r.indicator)) return
  scan.consumed.add(p)
  const computed = fraction && r.target ? ((r.actual ?? 0) / r.target) * 100 : null
  const read = readPercent(p.value.value, gap, computed)
  r.printedPercent = p.value.value
  r.percentReading = read.reading
  r.statedPercent = read.value
  const end = percentTail(scan, gap, p)
  r.extentEnd = end
  r.quote.end = Math.max(r.quote.end, end)
}

/** "29 CĐCS (đạt 145%)": 20 is the only whole target that prints as 145%; "2.352 (đạt 177%)" has several. */
export function deriveTarget(r: Reading): void {
  const { actual, statedPercent: z } = r
  if (actual === null || r.target !== null || z === null || r.money || r.qualifier !== 'exact') return
  if (actual < 1 || z <= 1) return
  const lo = Math.ceil((actual * 100) / (z + 0.5))
  const hi = Math.floor((actual * 100) / (z - 0.5))
  const fits: number[] = []
  for (let t = Math.max(1, lo); t <= hi && fits.length < 2; t += 1) {
    if (Math.abs((actual / t) * 100 - z) <= 0.5) fits.push(t)
  }
  if (fits.length === 1) {
    r.target = fits[0] ?? null
    r.targetDerived = true
  }
}

export function attachRelations(scan: SentenceScan, r: Reading): void {
  attachTarget(scan, r)
  attachPercent(scan, r)
  deriveTarget(r)
}
