// Which verb a number belongs to. In order: a verb after it ("15 CĐCS được thành lập"), a stated
// total of the figures just listed ("tổng cộng 800 triệu đồng"), the next item of a list that shares
// the verb before it ("quản lý 380 CĐCS với 23.736 CNVCLĐ; 21.418 đoàn viên"), the verb right before
// it, and for money the activity it pays for ("hỗ trợ cho 2.703 lượt NLĐ … với số tiền hơn 10 tỷ").
import type { TextNumber } from '@ldld/db/contracts'
import { LIST_JOIN, MONEY_LEAD, MONEY_PURPOSE_AFTER, PASSIVE_AFTER, TOTAL_BEFORE } from './lexicon.ts'
import { wordCount } from './text.ts'
import { between, type CueHit, type Reading, type SentenceScan } from './types.ts'

/** Words allowed between a verb and its number ("tặng nhu yếu phẩm cũng như tiền mặt cho 3.321"). */
const MAX_GAP_WORDS = 8

export interface CueChoice {
  cue: CueHit
  via: 'passive' | 'total' | 'list' | 'direct' | 'money'
  /** For `total`: the earlier figures the total sums (they are dropped). */
  parts: Reading[]
  /** Where the quote starts: the verb, or the number when the verb follows it. */
  quoteStart: number
  /** Where the passive verb phrase ends, if the verb followed the number. */
  passiveEnd: number | null
}

/** A value token lies in [from, to): the verb before it belongs to another number. */
function tokenBetween(scan: SentenceScan, from: number, to: number): boolean {
  return scan.tokens.some((t) => t.start >= from && t.start < to)
}

function passiveCue(scan: SentenceScan, nounEnd: number, money: boolean): CueChoice | null {
  const after = between(scan, nounEnd, scan.sentence.end)
  const purposes = money ? [{ cls: 'care' as const, re: MONEY_PURPOSE_AFTER }] : PASSIVE_AFTER
  for (const { cls, re } of purposes) {
    const m = re.exec(after)
    if (!m) continue
    const cue: CueHit = { cls, start: nounEnd, end: nounEnd + m[0].length }
    return { cue, via: 'passive', parts: [], quoteStart: -1, passiveEnd: cue.end }
  }
  return null
}

function totalCue(scan: SentenceScan, valueStart: number, money: boolean): CueChoice | null {
  if (!TOTAL_BEFORE.test(between(scan, scan.sentence.start, valueStart))) return null
  const same = scan.readings.filter((r) => r.money === money && r.cue !== null)
  const last = same.at(-1)
  if (!last?.cue) return null
  const parts = same.filter((r) => r.indicator === last.indicator)
  return {
    cue: last.cue,
    via: 'total',
    parts,
    quoteStart: parts[0]?.quote.start ?? last.quote.start,
    passiveEnd: null,
  }
}

/** "03 CĐCS khối doanh nghiệp, 01 CĐCS khối hành chính": items of one list, each with a short qualifier. */
const QUALIFIED_ITEM = /^(?:\s+[^\s,;.:]+){1,4}\s*(?:[,;]|\svà)\s*$/u

function listCue(scan: SentenceScan, valueStart: number, noun: string): CueChoice | null {
  const prev = scan.readings.at(-1)
  if (!prev?.cue || prev.extentEnd > valueStart) return null
  const gap = between(scan, prev.extentEnd, valueStart)
  const verbBetween = scan.cues.some((c) => c.start >= prev.extentEnd && c.start < valueStart)
  const sameThing = prev.noun === noun && QUALIFIED_ITEM.test(gap) && !verbBetween
  if (!LIST_JOIN.test(gap) && !sameThing) return null
  return { cue: prev.cue, via: 'list', parts: [], quoteStart: prev.quote.start, passiveEnd: null }
}

/** "Tổng số CNVCLĐ trong các đơn vị có tổ chức công đoàn là 48.600": a named thing, then its value. */
const COPULA_END = /(?:là|:|đạt|được)\s*$/u
const MAX_NAMED_GAP_WORDS = 14

function directCue(scan: SentenceScan, valueStart: number): CueChoice | null {
  const before = scan.cues.filter((c) => c.end <= valueStart)
  const cue = before.at(-1)
  if (!cue) return null
  const gap = between(scan, cue.end, valueStart)
  const limit = COPULA_END.test(gap) ? MAX_NAMED_GAP_WORDS : MAX_GAP_WORDS
  if (gap.includes(';') || wordCount(gap) > limit || tokenBetween(scan, cue.end, valueStart)) return null
  return { cue, via: 'direct', parts: [], quoteStart: cue.start, passiveEnd: null }
}

/**
 * "hỗ trợ … 25 triệu đồng cho 10 đoàn viên", "… 10 triệu đồng/suất cho 25 trường hợp": the amount,
 * then who received it; both belong to the care verb before the amount.
 */
function recipientsCue(scan: SentenceScan, valueStart: number): CueChoice | null {
  const amount = scan.tokens.filter((t) => t.start < valueStart).at(-1)
  if (!amount?.value?.money) return null
  if (
    !/^(?:\s*\/\s*[\p{L} ]{1,20}?)?\s*,?\s*(?:cho|tới|đến)\s*$/u.test(between(scan, amount.end, valueStart))
  )
    return null
  const clause = between(scan, scan.sentence.start, amount.start)
  const clauseStart = scan.sentence.start + clause.lastIndexOf(';') + 1
  const cue = scan.cues
    .filter((c) => c.cls === 'care' && c.end <= amount.start && c.start >= clauseStart)
    .at(-1)
  if (!cue) return null
  return { cue, via: 'direct', parts: [], quoteStart: cue.start, passiveEnd: null }
}

/** "… với (tổng) số tiền …", "trị giá …": the amount of the last activity named in the clause. */
function moneyCue(scan: SentenceScan, token: TextNumber, valueStart: number): CueChoice | null {
  if (!MONEY_LEAD.test(between(scan, scan.sentence.start, valueStart))) return null
  const clauseStart =
    scan.sentence.start + between(scan, scan.sentence.start, valueStart).lastIndexOf(';') + 1
  const before = scan.cues.filter((c) => c.end <= valueStart && c.start >= clauseStart)
  const cue = before.at(-1)
  if (!cue) return null
  const otherMoney = scan.tokens.some(
    (t) => t !== token && t.start >= cue.end && t.start < valueStart && (t.value?.money ?? false),
  )
  if (otherMoney) return null
  return { cue, via: 'money', parts: [], quoteStart: cue.start, passiveEnd: null }
}

export function chooseCue(
  scan: SentenceScan,
  token: TextNumber,
  valueStart: number,
  nounEnd: number,
  money: boolean,
  noun: string,
): CueChoice | null {
  return (
    passiveCue(scan, nounEnd, money) ??
    totalCue(scan, valueStart, money) ??
    listCue(scan, valueStart, noun) ??
    directCue(scan, valueStart) ??
    (money ? null : recipientsCue(scan, valueStart)) ??
    (money ? moneyCue(scan, token, valueStart) : null)
  )
}
