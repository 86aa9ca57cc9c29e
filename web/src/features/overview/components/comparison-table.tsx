import type { Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { boundedAmountText, unitHeading } from '../../../lib/figures.ts'
import type { ComparisonDatum } from '../prepare.ts'

interface ComparisonTableProps {
  rows: readonly ComparisonDatum[]
  indicator: Indicator
  /** "Quận, huyện", "Công đoàn xã, phường". */
  unitHeading: string
}

/** The comparison chart's figures as a table, for screen readers and for reading exact values. */
export function ComparisonTable({ rows, indicator, unitHeading: unitColumn }: ComparisonTableProps) {
  return (
    <div className="table-scroll" role="region" aria-label={`Bảng số liệu: ${indicator.nameVi}`} tabIndex={0}>
      <table className="data-table data-table--narrow">
        <thead>
          <tr>
            <th scope="col">{unitColumn}</th>
            <th scope="col">% đạt</th>
            <th scope="col">{unitHeading('Thực hiện', indicator)}</th>
            <th scope="col">{unitHeading('Chỉ tiêu', indicator)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              {/* % đạt beside the unit, with the status's icon and colour (its words when there is no
                  %), so a phone shows both without scrolling. */}
              <td className="num">
                <StatusMark status={row.status}>
                  {row.percent === null ? undefined : formatPercent(row.percent)}
                </StatusMark>
              </td>
              <td className="num">
                {row.actual === null ? '—' : boundedAmountText(row.actual, indicator)}
                {row.illustrative && <IllustrativeMark />}
              </td>
              <td className="num">{row.target === null ? '—' : boundedAmountText(row.target, indicator)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
