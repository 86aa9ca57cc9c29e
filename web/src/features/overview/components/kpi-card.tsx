import { coverageText, STATUS_LABELS, type DataBasis, type Indicator, type Total } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { DerivedMark } from '../../../components/derived-mark.tsx'
import { IllustrativeBadge } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { changeBasisText, totalPendingTargetText, totalRestText } from '../../../lib/coverage-text.ts'
import { derivedChangeText, derivedLeftOutText, derivedShown } from '../../../lib/derived-text.ts'
import { amountText, boundedAmountText, isMissing } from '../../../lib/figures.ts'

interface KpiCardProps {
  indicator: Indicator
  total: Total | undefined
  year: number
  basis?: DataBasis
}

/**
 * City total of one headline indicator: result / target · đạt x% · change on the year before. The
 * result and target shown are exactly what the % divides (from the API); what they leave out is said
 * beneath ("+ 3 đơn vị không giao chỉ tiêu: 4.120"), and so is how many units the total covers.
 */
export function KpiCard({ indicator, total, year, basis = 'latest' }: KpiCardProps) {
  const unit = indicator.unitKind === 'money' ? null : indicator.unitLabel
  const missing = !total || total.actual === null || isMissing(total.status)
  const rest = total ? totalRestText(total, indicator) : null
  const pending = total ? totalPendingTargetText(total, indicator) : null
  return (
    <article className="kpi-card">
      <h3 className="kpi-card__title">{indicator.shortNameVi}</h3>
      {missing ? (
        <p className="kpi-card__value kpi-card__value--missing">
          {total && total.expected > 0 && total.reported === 0
            ? STATUS_LABELS.not_reported
            : STATUS_LABELS.no_data}
        </p>
      ) : (
        <p className="kpi-card__value">
          <span className="kpi-card__actual">
            {boundedAmountText(total.actual ?? 0, indicator, total.actualQualifier)}
          </span>
          {total.target !== null && (
            <span className="kpi-card__target"> / {amountText(total.target, indicator)}</span>
          )}
          {unit && <span className="kpi-card__unit"> {unit}</span>}
        </p>
      )}
      {total && (
        <ul className="kpi-card__facts">
          {total.percent !== null && (
            <li>
              <StatusMark status={total.status}>{`đạt ${formatPercent(total.percent)}`}</StatusMark>
            </li>
          )}
          {rest && <li className="kpi-card__rest">{rest}</li>}
          {total.target === null && total.actual !== null && <li>{STATUS_LABELS.no_target}</li>}
          {total.yoy !== null && derivedShown(total.derivedFrom) && (
            <li data-testid="kpi-change">
              {`${derivedChangeText(total.yoy, total.derivedFrom)} ${changeBasisText(total, year)}`}
              <DerivedMark marks={total.derivedFrom} inline />
            </li>
          )}
          {total.yoy !== null && !derivedShown(total.derivedFrom) && (
            <li data-testid="kpi-change" className="kpi-card__meta">
              {derivedLeftOutText(total.derivedFrom, year)}
            </li>
          )}
          <li className="kpi-card__meta">
            {`${total.reported > 0 && total.reported < total.expected ? 'tính trên ' : ''}${coverageText({ basis, reported: total.reported, expected: total.expected })}`}
          </li>
          {pending && <li className="kpi-card__meta">{pending}</li>}
        </ul>
      )}
      {total?.illustrative && <IllustrativeBadge />}
    </article>
  )
}
