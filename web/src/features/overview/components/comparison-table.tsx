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
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{unitColumn}</th>
            <th scope="col">{unitHeading('Thực hiện', indicator)}</th>
            <th scope="col">{unitHeading('Chỉ tiêu', indicator)}</th>
            <th scope="col">% đạt</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              <td className="num">
                {row.actual === null ? '—' : boundedAmountText(row.actual, indicator)}
                {row.illustrative && <IllustrativeMark />}
              </td>
              <td className="num">{row.target === null ? '—' : boundedAmountText(row.target, indicator)}</td>
              <td className="num">{row.percent === null ? '—' : formatPercent(row.percent)}</td>
              <td>
                <StatusMark status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
