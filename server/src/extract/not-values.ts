// Numbers that are not a figure of ours though a verb of ours stands near them: a part over its
// whole, the value of a share, a change, a rate, an amount "for each"; and readings ruled out by the
// words around them (a plan, a loan, a Party admission, arrears).
import type { TextNumber } from '@ldld/db/contracts'
import { FEE_PART, FUTURE, NOT_WELFARE, PARTY, PARTY_ADMISSION, RATE_BEFORE, trailing } from './lexicon.ts'
import { between, type CueHit, type SentenceScan } from './types.ts'

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

/** Before anything else: what the words right before a number say it is not. */
export function notAValue(scan: SentenceScan, token: TextNumber, left: string): boolean {
  // "20.883 đoàn viên/tổng số 23.212 người": a part over its whole, not a result over a target.
  // "Trích 15% …, tương đương 2,1 tỷ đồng": the value of a share of something else.
  if (WHOLE_BEFORE.test(left) || SHARE_BEFORE.test(left)) return true
  return CHANGE_BEFORE.test(left) || RATE_BEFORE.test(left) || perEach(scan, token, left)
}

/** Words that rule the reading out, looked for around the verb and the number. */
export function excluded(
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
