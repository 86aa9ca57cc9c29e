// One number in one sentence → a reading, or nothing. Nothing is the answer for a rate ("30 triệu
// đồng/mái ấm"), a change ("tăng 500"), a count of other things ("10 phường"), a loan or a landlord's
// rent cut (not union spending), a Party admission, or a number no verb of ours claims.
import type { Qualifier, TextNumber } from '@ldld/db/contracts'
import { chooseCue, type CueChoice } from './cues.ts'
import { indicatorFor } from './indicators.ts'
import { excluded, notAValue } from './not-values.ts'
import { isTargetCue } from './targets.ts'
import {
  MONEY_LEAD,
  NO_NOUN,
  NOUNS,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
  RATE_AFTER,
  STOCK_BLOCK_AFTER,
  UNIONS_25PLUS,
  type NounClass,
} from './lexicon.ts'
import { between, type Reading, type SentenceScan } from './types.ts'

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

function consumeWithin(scan: SentenceScan, from: number, to: number): void {
  for (const t of scan.tokens) if (t.start >= from && t.start < to) scan.consumed.add(t)
}

export function readToken(scan: SentenceScan, token: TextNumber): Reading | null {
  const q = token.value
  if (!q || q.percent) return null
  const left = between(scan, scan.sentence.start, token.start)
  if (notAValue(scan, token, left)) return null
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
