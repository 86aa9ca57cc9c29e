import { STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import type { Status } from '@ldld/db/contracts'
import type { StatusCount } from '../../deck/slide-types.ts'

// Grey bars (no target, no data) need no icon: there is no band to tell apart. Units that have not
// reported have no bar, only their "○" mark, which the legend explains.
const ICONED: ReadonlySet<Status> = new Set(['achieved', 'near', 'below', 'not_reported', 'not_accepted'])

/** Legend of the district bars, with how many districts fall in each band. */
export function IndicatorLead({ counts, targets }: { counts: readonly StatusCount[]; targets: boolean }) {
  return (
    <ul className="slide-legend" aria-label="Chú giải">
      {targets && (
        <li>
          <span className="slide-legend__tick" aria-hidden="true" />
          chỉ tiêu giao
        </li>
      )}
      {counts.map(({ status, count }) => (
        <li key={status}>
          <span className={`slide-legend__swatch dbar__fill--${status}`} aria-hidden="true" />
          {ICONED.has(status) && <span className={`status--${status}`}>{STATUS_ICONS[status]}</span>}
          {`${STATUS_LABELS[status]}: ${count}`}
        </li>
      ))}
    </ul>
  )
}
