import { DERIVED_BOUND_PREFIX, type DerivedMarksBody } from '@ldld/db/contracts'
import { formatRankChange } from '@ldld/db/format'
import { DerivedMark, derivedMarkText } from '../../../components/derived-mark.tsx'
import { derivedLeftOutText, derivedShown } from '../../../lib/derived-text.ts'
import { rankChangeText } from '../prepare.ts'

/**
 * "▲ 2" on screen, "tăng 2 bậc" to a screen reader and on hover. A change computed from illustrative
 * or part-year figures carries their mark ("▲ 25 mh"), one from a bound says "khoảng" (issue 11).
 */
export function RankChange({
  change,
  marks,
  year,
}: {
  change: number | null
  marks?: DerivedMarksBody
  year: number
}) {
  // A rank against a part of last year says nothing: left out, as in the deck and the downloads.
  if (change !== null && marks && !derivedShown(marks)) {
    const why = derivedLeftOutText(marks, year) ?? ''
    return (
      <span className="rank-change rank-change--left-out" title={why}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{why}</span>
      </span>
    )
  }
  const direction = change === null ? 'new' : change > 0 ? 'up' : change < 0 ? 'down' : 'same'
  const bound = change === null || change === 0 || !marks ? '' : DERIVED_BOUND_PREFIX[marks.bound]
  const text = `${bound}${rankChangeText(change)}`
  const marked = change === null ? null : derivedMarkText(marks)
  return (
    <span className={`rank-change rank-change--${direction}`} title={marked ? `${text} (${marked})` : text}>
      <span aria-hidden="true">{`${bound}${formatRankChange(change)}`}</span>
      <span className="sr-only">{text}</span>
      {change !== null && <DerivedMark marks={marks} />}
    </span>
  )
}
