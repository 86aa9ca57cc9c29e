// Whether a verb states a target rather than a result.
import { RESULT_MARK, TARGET_DONE, TARGET_OPEN } from './lexicon.ts'
import { between, type CueHit, type SentenceScan } from './types.ts'

/**
 * "được giao thành lập 15 CĐCS và kết nạp 1.200 đoàn viên", "Phấn đấu kết nạp …, thành lập …",
 * "Kế hoạch năm 2025: …": a target word opens a stretch of targets that runs to the end of the clause,
 * unless a result word ("đã", "đạt", "kết quả") or a percentage comes first.
 */
export function isTargetCue(scan: SentenceScan, cue: CueHit): boolean {
  const before = between(scan, scan.sentence.start, cue.start)
  const clause = before.slice(before.lastIndexOf(';') + 1)
  TARGET_OPEN.lastIndex = 0
  const opens = [...clause.matchAll(TARGET_OPEN)].filter((m) => !TARGET_DONE.test(clause.slice(0, m.index)))
  const open = opens.at(-1)
  if (!open) return false
  const rest = clause.slice(open.index + open[0].length)
  RESULT_MARK.lastIndex = 0
  return !RESULT_MARK.test(rest) && !/%/.test(rest)
}
