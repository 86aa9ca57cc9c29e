// The text cut into plain runs and marked figures, for highlighting each proposal's number in place.
import type { Proposal } from '@ldld/db/contracts'

export type Segment =
  { kind: 'text'; text: string; start: number } | { kind: 'mark'; text: string; start: number; id: string }

/** Marks never overlap: a span starting inside the previous one is left unmarked (its card still shows). */
export function segments(text: string, proposals: readonly Proposal[]): Segment[] {
  const spans = [...proposals]
    .filter((p) => p.value.end > p.value.start && p.value.end <= text.length)
    .sort((a, b) => a.value.start - b.value.start)
  const out: Segment[] = []
  let at = 0
  for (const p of spans) {
    if (p.value.start < at) continue
    if (p.value.start > at) out.push({ kind: 'text', text: text.slice(at, p.value.start), start: at })
    out.push({ kind: 'mark', text: text.slice(p.value.start, p.value.end), start: p.value.start, id: p.id })
    at = p.value.end
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at), start: at })
  return out
}
