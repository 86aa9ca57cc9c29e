import { Link } from 'react-router'
import type { DataBasis, Indicator } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { StatusMark } from '../../../components/status-mark.tsx'
import { isLongList } from '../../../lib/long-list.ts'
import { unitColumnHeading } from '../../../lib/org-names.ts'
import { paths } from '../../../lib/paths.ts'
import { boundedAmountText, unitHeading } from '../../../lib/figures.ts'
import type { RankingDatum } from '../prepare.ts'
import { RankChange } from './rank-change.tsx'
import { HydrationSlices } from '../../../components/hydration-slices.tsx'

interface RankingTableProps {
  indicator: Indicator
  year: number
  basis?: DataBasis
  data: readonly RankingDatum[]
  /** Ranked by value when the year has no targets: then "Chỉ tiêu" and "% đạt" would be columns of dashes. */
  withTarget: boolean
  /** Id of the caption (unique when a page shows one table per period). */
  captionId?: string
  /** "1/1–30/6/2025 · 30 LĐLĐ quận, huyện, thị xã" in the split year. */
  period?: string | null
}

/**
 * Rank, unit and "% đạt" first, so a phone shows them without scrolling; the unit column stays in
 * view when the rest scrolls sideways; a long list scrolls inside its box under a fixed header.
 */
export function RankingTable({
  indicator,
  year,
  basis = 'latest',
  data,
  withTarget,
  captionId = 'ranking-caption',
  period = null,
}: RankingTableProps) {
  return (
    <div
      className={isLongList(data.length) ? 'table-scroll table-scroll--tall' : 'table-scroll'}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="data-table data-table--narrow ranking-table sticky-first">
        <caption id={captionId} className="sr-only">
          Bảng xếp hạng năm {year}
          {period ? ` (${period})` : ''}: {indicator.nameVi}
        </caption>
        <thead>
          <tr>
            <th scope="col">Hạng</th>
            <th scope="col">{unitColumnHeading(year)}</th>
            {withTarget && <th scope="col">% đạt</th>}
            <th scope="col">{unitHeading('Thực hiện', indicator)}</th>
            {withTarget && <th scope="col">{unitHeading('Chỉ tiêu', indicator)}</th>}
            <th scope="col">Thay đổi hạng</th>
          </tr>
        </thead>
        <tbody>
          <HydrationSlices
            rows={data.map(({ row, name }) => (
              <tr key={row.unit}>
                <td className="num">{row.rank ?? '—'}</td>
                <th scope="row">
                  <Link to={paths.district(row.unit, basis)}>{name}</Link>
                </th>
                {withTarget && (
                  <td className="num pct">
                    <StatusMark status={row.status}>
                      {row.percent === null ? undefined : formatPercent(row.percent)}
                    </StatusMark>
                  </td>
                )}
                <td className="num">
                  {row.actual === null ? '—' : boundedAmountText(row.actual, indicator, row.actualQualifier)}
                  {row.illustrative && <IllustrativeMark />}
                </td>
                {withTarget && (
                  <td className="num">
                    {row.target === null ? '—' : boundedAmountText(row.target, indicator)}
                    {row.targetNote && <span className="note">{` (${row.targetNote})`}</span>}
                  </td>
                )}
                <td className="num">
                  {row.rank === null ? (
                    '—'
                  ) : (
                    <RankChange change={row.rankChange} marks={row.derivedFrom} year={year} />
                  )}
                </td>
              </tr>
            ))}
          />
        </tbody>
      </table>
    </div>
  )
}
