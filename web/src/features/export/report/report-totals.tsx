import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { formatChange, formatPercent } from '@ldld/db/format'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { boundedAmountText } from '../../../lib/figures.ts'

/** City totals of every indicator of the year (sums of the districts; % recomputed by the API). */
export function ReportTotals({
  dashboard,
  indicators,
}: {
  dashboard: Dashboard
  indicators: readonly Indicator[]
}) {
  return (
    <table className="report-table report-table--totals">
      <caption>Tổng hợp toàn thành phố năm {dashboard.year}</caption>
      <thead>
        <tr>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col">Đơn vị tính</th>
          <th scope="col">Thực hiện</th>
          <th scope="col">Chỉ tiêu giao</th>
          <th scope="col">% đạt</th>
          <th scope="col">So với {dashboard.year - 1}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const total = dashboard.totals.find((t) => t.indicator === indicator.key)
          return (
            <tr key={indicator.key}>
              <th scope="row">{indicator.nameVi}</th>
              <td>{indicator.unitLabel}</td>
              <td className="num">
                {total?.actual == null
                  ? '—'
                  : boundedAmountText(total.actual, indicator, total.actualQualifier)}
                {total?.illustrative && <IllustrativeMark />}
              </td>
              <td className="num">
                {total?.target == null ? '—' : boundedAmountText(total.target, indicator)}
              </td>
              <td className="num">
                {total?.percent == null ? (
                  '—'
                ) : (
                  <StatusMark status={total.status}>{formatPercent(total.percent)}</StatusMark>
                )}
              </td>
              <td className="num">{total?.yoy == null ? '—' : formatChange(total.yoy)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
