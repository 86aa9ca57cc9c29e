import { QUALIFIER_PREFIX, type Indicator, type Total } from '@ldld/db/contracts'
import { formatChange, formatPercent } from '@ldld/db/format'
import { IllustrativeBadge } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { amountText } from '../../../lib/figures.ts'

interface KpiCardProps {
  indicator: Indicator
  total: Total | undefined
  year: number
}

/** City total of one headline indicator: actual / target · đạt x% · change on the year before. */
export function KpiCard({ indicator, total, year }: KpiCardProps) {
  const unit = indicator.unitKind === 'money' ? null : indicator.unitLabel
  return (
    <article className="kpi-card">
      <h3 className="kpi-card__title">{indicator.shortNameVi}</h3>
      {total?.actual == null ? (
        <p className="kpi-card__value">Chưa có số liệu</p>
      ) : (
        <p className="kpi-card__value">
          <span className="kpi-card__actual">
            {QUALIFIER_PREFIX[total.actualQualifier]}
            {amountText(total.actual, indicator)}
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
          {total.target === null && total.actual !== null && <li>Không giao chỉ tiêu</li>}
          {total.yoy !== null && <li>{`${formatChange(total.yoy)} so với ${year - 1}`}</li>}
          <li className="kpi-card__meta">{`${total.reported}/${total.expected} đơn vị đã báo cáo`}</li>
        </ul>
      )}
      {total?.illustrative && <IllustrativeBadge />}
    </article>
  )
}
