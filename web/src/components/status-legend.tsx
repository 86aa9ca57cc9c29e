import { STATUS_ICONS, STATUS_LABELS, type Status } from '@ldld/db/contracts'
import type { ReactNode } from 'react'

export const CHART_STATUSES: readonly Status[] = ['achieved', 'near', 'below', 'no_target']
const NEUTRAL: readonly Status[] = ['not_reported', 'not_accepted']

/** The chart's statuses plus the neutral "not reported" states that occur in `present`. */
export function statusesIn(present: readonly Status[], base: readonly Status[] = CHART_STATUSES): Status[] {
  // "Nguồn không nêu chỉ tiêu" is its own state (issue 11): listed when it occurs.
  const silent: Status[] =
    present.includes('source_no_target') && !base.includes('source_no_target') ? ['source_no_target'] : []
  return [...base, ...silent, ...NEUTRAL.filter((s) => present.includes(s))]
}

interface StatusLegendProps {
  statuses?: readonly Status[]
  /** Extra entries, e.g. what the target marker means. */
  children?: ReactNode
}

export function StatusLegend({ statuses = CHART_STATUSES, children }: StatusLegendProps) {
  return (
    <ul className="legend" aria-label="Chú giải">
      {statuses.map((status) => (
        <li key={status}>
          <span className={`swatch swatch--${status}`} aria-hidden="true" />
          <span className={`status__icon status--${status}`} aria-hidden="true">
            {STATUS_ICONS[status]}
          </span>
          {STATUS_LABELS[status]}
        </li>
      ))}
      {children}
    </ul>
  )
}
