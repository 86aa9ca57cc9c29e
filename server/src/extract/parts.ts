// Figures already counted: a part named after "trong đó", "riêng", "gồm" when the whole was just given
// ("hỗ trợ 1,2 triệu lượt … Riêng giai đoạn dịch Covid-19 … 120 nghìn đoàn viên"), and the same
// paragraph printed twice, or a headline repeating its story's figure.
import type { Proposal } from '@ldld/db/contracts'
import { PART_MARK } from './lexicon.ts'
import type { Doc } from './text.ts'
import type { Reading } from './types.ts'

const OPENING = 4

function partMarksBefore(doc: Doc, r: Reading): number[] {
  const s = r.sentence
  const folded = doc.folded.slice(s.start, r.value.start)
  PART_MARK.lastIndex = 0
  return [...folded.matchAll(PART_MARK)].map((m) => s.start + m.index)
}

export function dropParts(doc: Doc, readings: readonly Reading[]): Reading[] {
  return readings.filter((r) => {
    const marks = partMarksBefore(doc, r)
    if (marks.length === 0) return true
    const sameBefore = (at: number) =>
      readings.some(
        (o) => o !== r && o.indicator === r.indicator && o.sentence === r.sentence && o.value.start < at,
      )
    if (marks.some(sameBefore)) return false
    // "Riêng …" / "Trong đó …" opening a sentence: the whole was in the sentence before.
    const s = r.sentence
    const opening = doc.folded.slice(s.start, marks[0]).trim().split(/\s+/).filter(Boolean).length <= OPENING
    if (!opening) return true
    return !readings.some(
      (o) =>
        o.indicator === r.indicator &&
        o.sentence.paragraph === s.paragraph &&
        o.sentence.index === s.index - 1,
    )
  })
}

/** One proposal per figure: a repeated paragraph or a headline adds nothing. */
export function dropRepeats(proposals: readonly Proposal[], headings: ReadonlySet<string>): Proposal[] {
  const seen = new Set<string>()
  const out: Proposal[] = []
  // A headline states the figure without its target: same indicator, value and unit is the same figure.
  const bodyKey = (p: Proposal) => [p.indicator, p.actual, p.unit].join('|')
  const bodies = new Set(proposals.filter((p) => !headings.has(p.id)).map(bodyKey))
  for (const p of proposals) {
    const key = [p.indicator, p.actual, p.target, p.statedPercent, p.unit, p.year, p.quote.text].join('|')
    if (seen.has(key)) continue
    if (headings.has(p.id) && bodies.has(bodyKey(p))) continue
    seen.add(key)
    out.push(p)
  }
  return out
}

function isTargetOnly(r: Reading): boolean {
  return r.actual === null && r.target !== null && r.statedPercent === null
}

/**
 * "được giao chỉ tiêu thành lập 20 CĐCS, kết quả thành lập được 23 CĐCS": a target and a result of
 * one indicator, in one sentence or the next, are one figure (23 against 20), not two.
 */
export function mergeTargets(readings: readonly Reading[]): Reading[] {
  const dropped = new Set<Reading>()
  for (const t of readings) {
    if (!isTargetOnly(t)) continue
    const result = readings.find(
      (r) =>
        r !== t &&
        !dropped.has(r) &&
        r.indicator === t.indicator &&
        r.actual !== null &&
        (r.target === null || r.targetDerived) &&
        r.sentence.paragraph === t.sentence.paragraph &&
        Math.abs(r.sentence.index - t.sentence.index) <= 1,
    )
    if (!result) continue
    result.target = t.target
    result.targetDerived = false
    result.quote = {
      start: Math.min(t.quote.start, result.quote.start),
      end: Math.max(t.quote.end, result.quote.end),
    }
    dropped.add(t)
  }
  return readings.filter((r) => !dropped.has(r))
}
