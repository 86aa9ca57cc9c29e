import type { Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import { shortValueText } from '../../../lib/figures.ts'
import { barMax, type ReportRow } from './prepare.ts'

const share = (value: number, max: number) => `${Math.min(100, (value / max) * 100)}%`

/**
 * Bars drawn with plain HTML boxes: they print crisply at any zoom and need no chart library.
 * The bar is the result, the black tick the district's own target; the label gives % đạt.
 */
export function ReportBars({
  rows,
  indicator,
  summary,
}: {
  rows: readonly ReportRow[]
  indicator: Indicator
  summary: string
}) {
  const max = barMax(rows)
  return (
    <figure className="report-bars" role="img" aria-label={summary}>
      {rows.map(({ unit, cell }) => (
        <div key={unit.code} className="report-bars__row">
          <span className="report-bars__name">{unit.name}</span>
          <span className="report-bars__track">
            {cell?.actual != null && (
              <span
                className={`report-bars__fill bar-box--${cell.status}`}
                style={{ width: share(cell.actual, max) }}
              />
            )}
            {cell?.target != null && (
              <span className="report-bars__target" style={{ left: share(cell.target, max) }} />
            )}
          </span>
          <span className="report-bars__label">
            {cell?.percent != null
              ? `${STATUS_ICONS[cell.status]} ${formatPercent(cell.percent)}`
              : cell?.actual != null
                ? shortValueText(cell.actual, indicator, cell.actualQualifier)
                : cell && (cell.status === 'not_reported' || cell.status === 'not_accepted')
                  ? STATUS_LABELS[cell.status].toLowerCase()
                  : '—'}
          </span>
        </div>
      ))}
    </figure>
  )
}
