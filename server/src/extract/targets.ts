// Whether a verb states a target rather than a result.
import { RESULT_MARK, TARGET_DONE, TARGET_OPEN } from './lexicon.ts'
import { between, type CueHit, type SentenceScan } from './types.ts'

const OPENING_WORDS = 5

/**
 * "được giao thành lập 15 CĐCS và kết nạp 1.200 đoàn viên", "Phấn đấu kết nạp …, thành lập …",
 * "Kế hoạch năm 2025: …": a target word opens a stretch of targets that runs to the end of the clause,
 * unless a result word ("đã", "đạt", "kết quả") or a percentage comes first.
 */
export function isTargetCue(scan: SentenceScan, cue: CueHit): boolean {
  // "thành lập được 23 CĐCS": a verb with "được" states what was achieved.
  if (/^\s+được(?![\p{L}])/u.test(between(scan, cue.end, scan.sentence.end))) return false
  const before = between(scan, scan.sentence.start, cue.start)
  TARGET_OPEN.lastIndex = 0
  const opens = [...before.matchAll(TARGET_OPEN)].filter((m) => !TARGET_DONE.test(before.slice(0, m.index)))
  const open = opens.at(-1)
  if (!open) return false
  // A target word opening the sentence governs its whole list, over ";" too ("Năm 2025, quận phấn đấu
  // thành lập 25 CĐCS…; ký mới 15 bản…"); later in a sentence, only its own clause.
  const opening = before.slice(0, open.index).trim().split(/\s+/).filter(Boolean).length <= OPENING_WORDS
  if (!opening && before.slice(open.index).includes(';')) return false
  const rest = before.slice(open.index + open[0].length)
  RESULT_MARK.lastIndex = 0
  return !RESULT_MARK.test(rest) && !/%/.test(rest)
}
