import type { Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { boundedAmountText, unitHeading } from '../../../lib/figures.ts'
import type { ReportRow } from './prepare.ts'
import { HydrationSlices } from '../../../components/hydration-slices.tsx'

/** One indicator, every district: the figures behind the bars. The header repeats on each printed page. */
export function ReportTable({
  rows,
  indicator,
  caption,
}: {
  rows: readonly ReportRow[]
  indicator: Indicator
  caption: string
}) {
  const withTarget = indicator.takesTarget
  return (
    <table className="report-table report-table--units">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">TT</th>
          <th scope="col">Đơn vị</th>
          <th scope="col">{unitHeading('Thực hiện', indicator)}</th>
          {withTarget && <th scope="col">{unitHeading('Chỉ tiêu', indicator)}</th>}
          {withTarget && <th scope="col">% đạt</th>}
        </tr>
      </thead>
      <tbody>
        <HydrationSlices
          rows={rows.map(({ unit, cell }, i) => (
            <tr key={unit.code}>
              <td className="num">{i + 1}</td>
              <th scope="row">{unit.name}</th>
              <td className="num">
                {cell?.actual == null ? '—' : boundedAmountText(cell.actual, indicator, cell.actualQualifier)}
                {cell?.illustrative && <IllustrativeMark />}
              </td>
              {withTarget && (
                <td className="num">
                  {cell?.target == null ? '—' : boundedAmountText(cell.target, indicator)}
                  {cell?.targetNote && <span className="report-table__note">{`(${cell.targetNote})`}</span>}
                </td>
              )}
              {withTarget && (
                <td className="num">
                  <StatusMark status={cell?.status ?? 'no_data'}>
                    {cell?.percent == null ? undefined : formatPercent(cell.percent)}
                  </StatusMark>
                </td>
              )}
            </tr>
          ))}
        />
      </tbody>
    </table>
  )
}
