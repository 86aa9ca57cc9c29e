import { DERIVED_BOUND_PREFIX, type DerivedMarksBody } from '@ldld/db/contracts'
import { formatRankChange } from '@ldld/db/format'
import { DerivedMark, derivedMarkText } from '../../../components/derived-mark.tsx'
import { rankChangeText } from '../prepare.ts'

/**
 * "▲ 2" on screen, "tăng 2 bậc" to a screen reader and on hover. A change computed from illustrative
 * or part-year figures carries their mark ("▲ 25 mh"), one from a bound says "khoảng" (issue 11).
 */
export function RankChange({ change, marks }: { change: number | null; marks?: DerivedMarksBody }) {
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
