import type { Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import { shortValueText } from '../../../lib/figures.ts'
import { barMax, type ReportRow } from './prepare.ts'

const share = (value: number, max: number) => `${Math.min(100, (value / max) * 100)}%`

/** Rows of one printed figure: 40 fit an A4 page with the heading, so a figure never splits. */
export const BARS_PER_FIGURE = 40

function chunks<T>(items: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / size))
  const per = Math.ceil(items.length / count) // even parts: 85 → 29 + 28 + 28, not 40 + 40 + 5
  return Array.from({ length: count }, (_, i) => items.slice(i * per, (i + 1) * per))
}

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
  const parts = chunks(rows, BARS_PER_FIGURE)
  return parts.map((part, p) => (
    <figure
      key={p}
      className="report-bars"
      role="img"
      aria-label={parts.length > 1 ? `${summary} Phần ${p + 1}/${parts.length}.` : summary}
    >
      {part.map(({ unit, cell }) => (
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
  ))
}
