import { STATUS_ICONS, STATUS_LABELS, type Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { describeFigure, shortValueText, type Figure } from '../../../lib/figures.ts'

interface StatusCellProps {
  unitName: string
  indicator: Indicator
  figure: Figure | undefined
}

const ICONED = new Set(['achieved', 'near', 'below'])

/**
 * % đạt with its status colour and icon; the value when there is no target; "—" without data.
 * Screen readers get the whole sentence (unit, indicator, figures, status) instead of the glyphs;
 * the table shows it as the cell's tooltip when the pointer reaches it (`titleFromDescription`).
 */
export function StatusCell({ unitName, indicator, figure }: StatusCellProps) {
  const status = figure?.status ?? 'no_data'
  const description = describeFigure(unitName, indicator, figure)
  let text = '—'
  // Not reported yet: said in words, in grey, never as a red "chưa đạt".
  if (status === 'not_reported' || status === 'not_accepted') text = STATUS_LABELS[status].toLowerCase()
  else if (figure?.percent != null) text = formatPercent(figure.percent)
  else if (figure?.actual != null) text = shortValueText(figure.actual, indicator, figure.actualQualifier)
  return (
    <td className={`cell cell--${status}`}>
      <span aria-hidden="true">
        {ICONED.has(status) && <span className="status__icon">{`${STATUS_ICONS[status]} `}</span>}
        {text}
        {figure?.illustrative && <IllustrativeMark />}
      </span>
      <span className="sr-only">{description}</span>
    </td>
  )
}
