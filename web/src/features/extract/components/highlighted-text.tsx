import type { Proposal } from '@ldld/db/contracts'
import { segments } from '../model/segments.ts'
import type { Review } from '../model/review.ts'

interface HighlightedTextProps {
  text: string
  proposals: readonly Proposal[]
  review: Review
}

/** The text as read, each figure marked and linked to its proposal (and back). */
export function HighlightedText({ text, proposals, review }: HighlightedTextProps) {
  const numbers = new Map(proposals.map((p, i) => [p.id, i + 1]))
  return (
    <div className="extract-text" role="region" aria-label="Văn bản đã đọc" tabIndex={0}>
      {segments(text, proposals).map((s) =>
        s.kind === 'text' ? (
          <span key={s.start}>{s.text}</span>
        ) : (
          <mark
            key={s.start}
            id={`mark-${s.id}`}
            className={`extract-mark extract-mark--${review[s.id]?.decision ?? 'pending'}`}
          >
            <a href={`#proposal-${s.id}`} aria-label={`${s.text}: xem đề xuất ${numbers.get(s.id) ?? ''}`}>
              {s.text}
            </a>
            <sup aria-hidden="true">{numbers.get(s.id)}</sup>
          </mark>
        ),
      )}
    </div>
  )
}
