import { STATUS_ICONS, STATUS_LABELS, type Status } from '@ldld/db/contracts'

interface StatusMarkProps {
  status: Status
  /** Visible text; the status label when omitted. */
  children?: string
}

/** Colour plus icon plus words: the status never rests on colour alone. */
export function StatusMark({ status, children }: StatusMarkProps) {
  return (
    <span className={`status status--${status}`}>
      <span className="status__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>{' '}
      {children ?? STATUS_LABELS[status]}
    </span>
  )
}
