// One number in one sentence → a reading, or nothing. Nothing is the answer for a rate ("30 triệu
// đồng/mái ấm"), a change ("tăng 500"), a count of other things ("10 phường"), a loan or a landlord's
// rent cut (not union spending), a Party admission, or a number no verb of ours claims.
import type { Qualifier, TextNumber } from '@ldld/db/contracts'
import { chooseCue, type CueChoice } from './cues.ts'
import { indicatorFor } from './indicators.ts'
import {
  FEE_PART,
  FUTURE,
  MONEY_LEAD,
  NO_NOUN,
  NOT_WELFARE,
  NOUNS,
  PARTY,
  PARTY_ADMISSION,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
  RATE_AFTER,
  RATE_BEFORE,
  STOCK_BLOCK_AFTER,
  RESULT_MARK,
  TARGET_DONE,
  TARGET_OPEN,
  trailing,
  UNIONS_25PLUS,
  type NounClass,
} from './lexicon.ts'
import { between, type CueHit, type Reading, type SentenceScan } from './types.ts'

const WHOLE_BEFORE = /(?:\/|trên)\s*(?:tổng số|tổng cộng|tổng)\s*$/u
const SHARE_BEFORE =
  /\d\s*%[^;.%\d]{0,40}(?:tương đương|tương ứng|bằng|khoảng)(?:\s+(?:với|số tiền|là))?\s*$/u
const CHANGE_BEFORE = trailing('tăng(?: thêm)?|giảm(?: đi)?|vượt(?: chỉ tiêu| kế hoạch| mức)?|chênh lệch')
const EACH = /(?<![\p{L}])(?:mỗi|bình quân|trung bình)(?![\p{L}])/gu

/** "Mỗi mái ấm công đoàn được hỗ trợ 30 triệu đồng": an amount for each of something, in its clause. */
function perEach(scan: SentenceScan, token: TextNumber, left: string): boolean {
  const clauseStart = Math.max(left.lastIndexOf(';'), left.lastIndexOf(':')) + 1
  const marks = [...left.slice(clauseStart).matchAll(EACH)]
  const last = marks.at(-1)
  if (!last) return false
  const at = scan.sentence.start + clauseStart + last.index
  return !scan.tokens.some((t) => t !== token && t.start > at && t.start < token.start)
}

interface NounRead {
  noun: NounClass | 'money'
  end: number
}

function readNoun(scan: SentenceScan, token: TextNumber, left: string): NounRead {
  const last = token.denominator ?? token.value
  const end = last?.end ?? token.end
  if (token.value?.money || token.denominator?.money) return { noun: 'money', end }
  const right = between(scan, end, scan.sentence.end)
  for (const { cls, re } of NOUNS) {
    const m = re.exec(right)
    if (m) return { noun: cls, end: end + m[0].length }
  }
  if (!NO_NOUN.test(right)) return { noun: 'other', end }
  // "với số tiền 500.000" — an amount whose currency the text left out.
  return { noun: MONEY_LEAD.test(left) ? 'money' : 'none', end }
}

function qualifierBefore(left: string): { q: Qualifier; length: number } | null {
  for (const { q, re } of QUALIFIER_BEFORE) {
    const m = re.exec(left)
    if (m) return { q, length: m[0].length }
  }
  return null
}

/**
 * "được giao thành lập 15 CĐCS và kết nạp 1.200 đoàn viên", "Phấn đấu kết nạp …, thành lập …",
 * "Kế hoạch năm 2025: …": a target word opens a stretch of targets that runs to the end of the clause,
 * unless a result word ("đã", "đạt", "kết quả") or a percentage comes first.
 */
export function isTargetCue(scan: SentenceScan, cue: CueHit): boolean {
  const before = between(scan, scan.sentence.start, cue.start)
  const clause = before.slice(before.lastIndexOf(';') + 1)
  const clauseStart = before.length - clause.length
  TARGET_OPEN.lastIndex = 0
  const opens = [...clause.matchAll(TARGET_OPEN)].filter((m) => !TARGET_DONE.test(clause.slice(0, m.index)))
  const open = opens.at(-1)
  if (!open) return false
  const rest = clause.slice(open.index + open[0].length)
  RESULT_MARK.lastIndex = 0
  if (RESULT_MARK.test(rest) || /%/.test(rest)) return false
  const at = scan.sentence.start + clauseStart + open.index
  return !scan.tokens.some(
    (t) => t.start > at && t.start < cue.start && scan.consumed.has(t) && t.value?.percent === true,
  )
}

/** Words that rule the reading out, looked for around the verb and the number. */
function excluded(
  scan: SentenceScan,
  indicator: string,
  cue: CueHit,
  valueStart: number,
  end: number,
): boolean {
  const from = Math.min(cue.start, valueStart)
  const around = between(scan, Math.max(scan.sentence.start, from - 15), end)
  const clause = between(scan, from, scan.sentence.end).split(';')[0] ?? ''
  const local = (re: RegExp) => {
    re.lastIndex = 0
    return re.test(around)
  }
  if (local(FUTURE)) return true
  switch (indicator) {
    case 'welfare_spending':
    case 'welfare_beneficiaries':
      return local(NOT_WELFARE)
    case 'union_fee':
      return local(FEE_PART)
    case 'new_members':
      PARTY_ADMISSION.lastIndex = 0
      return PARTY_ADMISSION.test(clause)
    case 'party_referrals':
      PARTY.lastIndex = 0
      return !PARTY.test(clause)
    default:
      return false
  }
}

function consumeWithin(scan: SentenceScan, from: number, to: number): void {
  for (const t of scan.tokens) if (t.start >= from && t.start < to) scan.consumed.add(t)
}

export function readToken(scan: SentenceScan, token: TextNumber): Reading | null {
  const q = token.value
  if (!q || q.percent) return null
  const left = between(scan, scan.sentence.start, token.start)
  // "20.883 đoàn viên/tổng số 23.212 người": a part over its whole, not a result over a target.
  // "Trích 15% …, tương đương 2,1 tỷ đồng": the value of a share of something else.
  if (WHOLE_BEFORE.test(left) || SHARE_BEFORE.test(left)) return null
  if (CHANGE_BEFORE.test(left) || RATE_BEFORE.test(left) || perEach(scan, token, left)) return null
  const { noun, end: nounEnd } = readNoun(scan, token, left)
  if (RATE_AFTER.test(between(scan, nounEnd, scan.sentence.end))) return null
  if (noun === 'money' && RATE_AFTER.test(between(scan, token.end, scan.sentence.end))) return null
  const qual = qualifierBefore(left)
  const valueStart = token.start - (qual?.length ?? 0)

  let extentEnd = nounEnd
  let plus = false
  if (noun === 'union') {
    const m = UNIONS_25PLUS.exec(between(scan, nounEnd, scan.sentence.end))
    if (m) {
      plus = true
      consumeWithin(scan, nounEnd, nounEnd + m[0].length)
      extentEnd += m[0].length
    }
  }
  let qualifier: Qualifier = qual?.q ?? 'exact'
  for (const { q: after, re } of QUALIFIER_AFTER) {
    const m = re.exec(between(scan, extentEnd, scan.sentence.end))
    if (m && !plus) {
      qualifier = after
      extentEnd += m[0].length
    }
  }
  // "giới thiệu 150 đoàn viên ưu tú cho Đảng (xem xét kết nạp)": the quote keeps the Party.
  const party = /^\s*cho (?:tổ chức )?đảng(?: xem xét,? kết nạp)?/u.exec(
    between(scan, extentEnd, scan.sentence.end),
  )
  const partyEnd = party ? extentEnd + party[0].length : extentEnd
  const money = noun === 'money'
  const choice = chooseCue(scan, token, valueStart, nounEnd, money, noun)
  if (!choice) return plus ? unionsPlusWithoutVerb(scan, token, valueStart, extentEnd, qualifier) : null
  const indicator = pickIndicator(
    scan,
    choice,
    noun,
    valueStart,
    Math.max(extentEnd, choice.passiveEnd ?? 0),
    plus,
  )
  if (!indicator) return plus ? unionsPlusWithoutVerb(scan, token, valueStart, extentEnd, qualifier) : null
  if (excluded(scan, indicator, choice.cue, valueStart, extentEnd)) return null
  if (noun === 'member' || noun === 'workers' || noun === 'union') {
    if (indicator.endsWith('_total') && STOCK_BLOCK_AFTER.test(between(scan, extentEnd, scan.sentence.end)))
      return null
  }
  for (const part of choice.parts) part.part = true
  if (indicator === 'party_referrals') extentEnd = partyEnd
  const isTarget = choice.via !== 'passive' && token.kind === 'quantity' && isTargetCue(scan, choice.cue)
  const quoteStart = choice.quoteStart >= 0 ? Math.min(choice.quoteStart, valueStart) : valueStart
  return {
    sentence: scan.sentence,
    indicator,
    actual: isTarget ? null : q.value,
    target: isTarget ? q.value : (token.denominator?.value ?? null),
    targetDerived: false,
    statedPercent: null,
    printedPercent: null,
    percentReading: null,
    qualifier: isTarget ? 'exact' : qualifier,
    value: { start: token.start, end: token.end },
    quote: { start: quoteStart, end: Math.max(extentEnd, choice.passiveEnd ?? 0) },
    extentEnd: Math.max(extentEnd, choice.passiveEnd ?? 0),
    cue: choice.cue,
    noun,
    money,
    part: false,
  }
}

function pickIndicator(
  scan: SentenceScan,
  choice: CueChoice,
  noun: NounClass | 'money',
  valueStart: number,
  extentEnd: number,
  plus: boolean,
): string | null {
  const window = between(scan, Math.max(scan.sentence.start, choice.cue.start - 40), valueStart)
  const after = between(scan, extentEnd, scan.sentence.end)
  const gap = between(scan, choice.cue.start, valueStart)
  const key = indicatorFor({ cls: choice.cue.cls, noun, window, gap, after })
  if (key === 'new_unions' && plus) return 'new_unions_25plus'
  return key
}

/**
 * "…thành lập mới 29 CĐCS…; trong đó 15 CĐCS có từ 25 đoàn viên trở lên": the 2024 indicator, named by
 * its definition, as a subset of the new unions just stated.
 */
function unionsPlusWithoutVerb(
  scan: SentenceScan,
  token: TextNumber,
  valueStart: number,
  extentEnd: number,
  qualifier: Qualifier,
): Reading | null {
  const parent = scan.readings.find((r) => r.indicator === 'new_unions')
  const q = token.value
  if (!parent || !q || token.kind !== 'quantity') return null
  return {
    sentence: scan.sentence,
    indicator: 'new_unions_25plus',
    actual: q.value,
    target: null,
    targetDerived: false,
    statedPercent: null,
    printedPercent: null,
    percentReading: null,
    qualifier,
    value: { start: token.start, end: token.end },
    quote: { start: valueStart, end: extentEnd },
    extentEnd,
    cue: parent.cue,
    noun: 'union',
    money: false,
    part: false,
  }
}
