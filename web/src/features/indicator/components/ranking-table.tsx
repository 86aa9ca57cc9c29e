import { Link } from 'react-router'
import type { DataBasis, Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { paths } from '../../../lib/paths.ts'
import { boundedAmountText, unitHeading } from '../../../lib/figures.ts'
import type { RankingDatum } from '../prepare.ts'
import { RankChange } from './rank-change.tsx'

interface RankingTableProps {
  indicator: Indicator
  year: number
  basis?: DataBasis
  data: readonly RankingDatum[]
  /** Ranked by value when the year has no targets: then "Chỉ tiêu" and "% đạt" would be columns of dashes. */
  withTarget: boolean
}

export function RankingTable({ indicator, year, basis = 'latest', data, withTarget }: RankingTableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="ranking-caption" tabIndex={0}>
      <table className="data-table ranking-table">
        <caption id="ranking-caption" className="sr-only">
          Bảng xếp hạng năm {year}: {indicator.nameVi}
        </caption>
        <thead>
          <tr>
            <th scope="col">Hạng</th>
            <th scope="col">Quận, huyện</th>
            <th scope="col">{unitHeading('Thực hiện', indicator)}</th>
            {withTarget && <th scope="col">{unitHeading('Chỉ tiêu', indicator)}</th>}
            {withTarget && <th scope="col">% đạt</th>}
            <th scope="col">Thay đổi hạng</th>
          </tr>
        </thead>
        <tbody>
          {data.map(({ row }) => (
            <tr key={row.unit}>
              <td className="num">{row.rank ?? '—'}</td>
              <th scope="row">
                <Link to={paths.district(row.unit, basis)}>{row.name}</Link>
              </th>
              <td className="num">
                {row.actual === null ? '—' : boundedAmountText(row.actual, indicator, row.actualQualifier)}
                {row.illustrative && <IllustrativeMark />}
              </td>
              {withTarget && (
                <td className="num">
                  {row.target === null ? '—' : boundedAmountText(row.target, indicator)}
                </td>
              )}
              {withTarget && (
                <td className="num">
                  <StatusMark status={row.status}>
                    {row.percent === null ? undefined : formatPercent(row.percent)}
                  </StatusMark>
                </td>
              )}
              <td className="num">{row.rank === null ? '—' : <RankChange change={row.rankChange} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
