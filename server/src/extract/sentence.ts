// Reading one sentence: which numbers may be values, each number's reading, then the percentages
// that stand alone ("thu kinh phí CĐ đạt 148%, đoàn phí CĐ đạt 220%").
import type { TextNumber } from '@ldld/db/contracts'
import { percentIndicatorFor } from './indicators.ts'
import { CUES, FEE_PART, FUTURE, NOUNS, PERCENT_OTHER, TARGET_WORD, trailing } from './lexicon.ts'
import { readToken } from './reading.ts'
import { attachRelations, percentTail, readPercent } from './relations.ts'
import { inside, wordCount, type Doc, type Sentence } from './text.ts'
import { between, type CueHit, type Reading, type SentenceScan } from './types.ts'

/** Numbers that name a thing rather than count it: "Điều 14", "số 5", "lần thứ 2", "Kế hoạch số 12". */
const REF_BEFORE = trailing(
  'điều|khoản|điểm|mục|chương|(?<!tổng )(?<!tổng số )số|lần thứ|thứ|đợt|phụ lục|mẫu|bước|khóa|quyết định|nghị quyết|nghị định|thông tư|chỉ thị|công văn|kế hoạch số|tờ trình|phòng|tầng|nhà|đường|quốc lộ|tổ|ngõ|ngách|hẻm|km',
)
const PERCENT_ALONE_LEAD =
  /(?:(?:đạt|bằng|hoàn thành)(?:\s+(?:được|mức))?|vượt(?:\s+(?:mức|được))?|vượt (?:chỉ tiêu|kế hoạch|dự toán)[^%;]{0,40})\s*$/u
const MAX_GAP_WORDS = 8

function valueTokens(doc: Doc, sentence: Sentence, all: readonly TextNumber[]): TextNumber[] {
  return all.filter((t) => {
    if (t.start < sentence.start || t.start >= sentence.end) return false
    if (t.kind !== 'quantity' && t.kind !== 'fraction') return false
    if (inside(doc.names, t.start)) return false
    const left = doc.folded.slice(sentence.start, t.start)
    if (REF_BEFORE.test(left)) return false
    // A bare four-digit number is a year unless it counts something ("2020 đoàn viên").
    if (t.kind === 'quantity' && t.value?.yearLike) {
      const right = doc.folded.slice(t.end, sentence.end)
      return NOUNS.some((n) => n.re.test(right))
    }
    return true
  })
}

function cuesIn(doc: Doc, sentence: Sentence, folded: string): CueHit[] {
  const hits: CueHit[] = []
  for (const { cls, re } of CUES) {
    re.lastIndex = 0
    for (const m of folded.matchAll(re)) {
      const start = sentence.start + m.index
      const end = start + m[0].length
      if (inside(doc.names, start)) continue
      if (hits.some((h) => start < h.end && end > h.start)) continue
      hits.push({ cls, start, end })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

function percentAlone(scan: SentenceScan, p: TextNumber): Reading | null {
  const q = p.value
  if (!q) return null
  const left = between(scan, scan.sentence.start, p.start)
  if (!PERCENT_ALONE_LEAD.test(left)) return null
  const cue = scan.cues.filter((c) => c.end <= p.start).at(-1)
  if (!cue) return null
  const gap = between(scan, cue.end, p.start)
  const blocked = scan.tokens.some((t) => t !== p && t.start >= cue.end && t.start < p.start)
  if (blocked || gap.includes(';') || wordCount(gap) > MAX_GAP_WORDS) return null
  const test = (re: RegExp, s: string) => ((re.lastIndex = 0), re.test(s))
  if (test(PERCENT_OTHER, gap) || test(FUTURE, gap)) return null
  const window = between(scan, Math.max(scan.sentence.start, cue.start - 40), p.start)
  const indicator = percentIndicatorFor(cue.cls, window)
  if (!indicator) return null
  if (
    indicator === 'union_fee' &&
    test(FEE_PART, between(scan, Math.max(scan.sentence.start, cue.start - 15), p.end))
  )
    return null
  const rest = between(scan, p.end, scan.sentence.end).split(';')[0] ?? ''
  const evidence =
    cue.cls === 'fee' ||
    cue.cls === 'dues' ||
    test(TARGET_WORD, gap) ||
    test(TARGET_WORD, rest) ||
    /vượt/u.test(gap)
  if (!evidence) return null
  const read = readPercent(q.value, gap, null)
  const end = percentTail(scan, gap, p)
  return {
    sentence: scan.sentence,
    indicator,
    actual: null,
    target: null,
    targetDerived: false,
    statedPercent: read.value,
    printedPercent: q.value,
    percentReading: read.reading,
    qualifier: 'exact',
    value: { start: p.start, end: p.end },
    quote: { start: cue.start, end },
    extentEnd: end,
    cue,
    noun: 'none',
    money: false,
    part: false,
  }
}

export function readSentence(doc: Doc, sentence: Sentence, numbers: readonly TextNumber[]): Reading[] {
  const folded = doc.folded.slice(sentence.start, sentence.end)
  const scan: SentenceScan = {
    sentence,
    folded,
    cues: cuesIn(doc, sentence, folded),
    tokens: valueTokens(doc, sentence, numbers),
    consumed: new Set(),
    readings: [],
  }
  for (const token of scan.tokens) {
    if (scan.consumed.has(token) || token.value?.percent) continue
    const reading = readToken(scan, token)
    if (!reading) continue
    scan.consumed.add(token)
    attachRelations(scan, reading)
    scan.readings.push(reading)
  }
  for (const token of scan.tokens) {
    if (scan.consumed.has(token) || !token.value?.percent) continue
    const reading = percentAlone(scan, token)
    if (!reading) continue
    scan.consumed.add(token)
    scan.readings.push(reading)
  }
  return scan.readings.filter((r) => !r.part).sort((a, b) => a.value.start - b.value.start)
}
