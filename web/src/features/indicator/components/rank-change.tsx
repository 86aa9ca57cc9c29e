import { formatRankChange } from '@ldld/db/format'
import { rankChangeText } from '../prepare.ts'

/** "▲ 2" on screen, "tăng 2 bậc" to a screen reader and on hover. */
export function RankChange({ change }: { change: number | null }) {
  const direction = change === null ? 'new' : change > 0 ? 'up' : change < 0 ? 'down' : 'same'
  const text = rankChangeText(change)
  return (
    <span className={`rank-change rank-change--${direction}`} title={text}>
      <span aria-hidden="true">{formatRankChange(change)}</span>
      <span className="sr-only">{text}</span>
    </span>
  )
}
