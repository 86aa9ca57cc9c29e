import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { derivedChangeText, derivedMarkWords, derivedShown } from '../../../lib/derived-text.ts'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import {
  changeBasisText,
  totalCoverageText,
  totalPendingTargetText,
  totalRestText,
} from '../../../lib/coverage-text.ts'
import { boundedAmountText, isMissing } from '../../../lib/figures.ts'

/**
 * City totals of every indicator of the year (sums of the districts that reported; % recomputed by
 * the API). "Thực hiện" and "Chỉ tiêu giao" are exactly what "% đạt" divides; the rest is said beneath.
 */
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
          const notes = total
            ? [
                totalRestText(total, indicator),
                totalCoverageText(total, dashboard.basis),
                totalPendingTargetText(total, indicator),
              ].filter((n): n is string => n !== null)
            : []
          return (
            <tr key={indicator.key}>
              <th scope="row">{indicator.nameVi}</th>
              <td>{indicator.unitLabel}</td>
              <td className="num">
                {total?.actual == null || isMissing(total.status) ? (
                  <StatusMark status={total?.status ?? 'no_data'} />
                ) : (
                  boundedAmountText(total.actual, indicator, total.actualQualifier)
                )}
                {total?.illustrative && <IllustrativeMark />}
                {notes.map((note) => (
                  <span key={note} className="report-table__note">
                    {note}
                  </span>
                ))}
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
              <td className="num">
                {(total && derivedChangeText(total.yoy, total.derivedFrom)) ?? '—'}
                {total && derivedChangeText(total.yoy, total.derivedFrom) !== null && (
                  <>
                    {total.basis.change.units < total.expected && (
                      <span className="report-table__note">{changeBasisText(total, dashboard.year)}</span>
                    )}
                    {derivedMarkWords(total.derivedFrom).map((word) => (
                      <span key={word} className="report-table__note">
                        {word}
                      </span>
                    ))}
                  </>
                )}
                {total && total.previous !== null && !derivedShown(total.derivedFrom) && (
                  <span className="report-table__note">có số liệu một phần năm, không so sánh</span>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
