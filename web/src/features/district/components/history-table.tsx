import type { Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { IllustrativeBadge } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { boundedAmountText, unitHeading } from '../../../lib/figures.ts'
import type { HistoryRow } from '../prepare.ts'

interface HistoryTableProps {
  indicator: Indicator
  rows: readonly HistoryRow[]
  captionId: string
}

/** Year by year: the chart's figures with status and where each figure comes from. */
export function HistoryTable({ indicator, rows, captionId }: HistoryTableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table data-table--narrow history-table">
        <caption id={captionId} className="sr-only">
          {indicator.nameVi} qua các năm
        </caption>
        <thead>
          <tr>
            <th scope="col">Năm</th>
            <th scope="col">% đạt</th>
            <th scope="col">{unitHeading('Thực hiện', indicator)}</th>
            <th scope="col">{unitHeading('Chỉ tiêu', indicator)}</th>
            <th scope="col">Nguồn</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ year, label, cell, source }) => (
            <tr key={year}>
              <th scope="row">{label}</th>
              {/* % đạt and the status in one cell (icon, colour and words), so the table fits its half
                  of the page with "Nguồn" in view. */}
              <td className="num history-table__percent">
                <StatusMark status={cell?.status ?? 'no_data'}>
                  {cell?.percent == null ? undefined : formatPercent(cell.percent)}
                </StatusMark>
                {cell?.percentBasis === 'stated' && <span className="note"> (theo nguồn)</span>}
              </td>
              <td className="num">
                {cell?.actual == null ? '—' : boundedAmountText(cell.actual, indicator, cell.actualQualifier)}
              </td>
              <td className="num">
                {cell?.target == null ? '—' : boundedAmountText(cell.target, indicator)}
                {cell?.targetNote ? (
                  <span className="note">{` (${cell.targetNote})`}</span>
                ) : (
                  cell?.targetDerived && <span className="note"> (suy ra từ tỷ lệ %)</span>
                )}
              </td>

              <td>
                {cell?.illustrative ? (
                  <IllustrativeBadge />
                ) : source?.url ? (
                  <a href={source.url} rel="noreferrer" target="_blank">
                    {source.title}
                    <span className="sr-only"> (mở trang mới)</span>
                  </a>
                ) : (
                  (source?.title ?? '—')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
