import type { ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import {
  unitPeriodRange,
  DATA_BASIS_NOTES,
  STATUS_LABELS,
  type DataBasis,
  type Indicator,
  type Series,
} from '@ldld/db/contracts'
import { useIndicators } from '../../../api/get-indicators.ts'
import { NotFound } from '../../../components/not-found.tsx'
import { EmptyState, QueryState } from '../../../components/query-state.tsx'
import { isNotFound } from '../../../lib/api-client.ts'
import { federationName } from '../../../lib/org-names.ts'
import { LevelTotals } from './level-totals.tsx'
import { UnitLineage } from './unit-lineage.tsx'
import { paths } from '../../../lib/paths.ts'
import { ExportButtons } from '../../../components/export-buttons.tsx'
import { seriesTable } from '../../../lib/export/index.ts'
import { useSeries } from '../../../api/get-series.ts'
import { parseYearParam } from '../../../lib/year-param.ts'
import { histories, missingFiguresText } from '../prepare.ts'
import { IndicatorHistory } from './indicator-history.tsx'

interface DistrictViewProps {
  code: string
  basis: DataBasis
  /** The "Số liệu mới nhất / Chỉ số liệu đã duyệt" switch, placed by the route. */
  basisSwitch?: ReactNode
}

/**
 * Every indicator of one district over the years; an unknown code gets a "not found" page. A link may
 * name the year it came from (?year=); a year without figures is said so above the other years.
 */
export function DistrictView({ code, basis, basisSwitch }: DistrictViewProps) {
  const indicators = useIndicators()
  const series = useSeries(code, basis)
  const [params] = useSearchParams()
  const parsed = parseYearParam(params.get('year'))
  const year = parsed.kind === 'valid' ? parsed.year : undefined
  if (isNotFound(series.error)) {
    return <NotFound title="Không tìm thấy đơn vị" message={`Không có đơn vị nào mang mã “${code}”.`} />
  }
  return (
    <QueryState query={indicators}>
      {(catalogue) => (
        <QueryState query={series}>
          {(data) =>
            data.cells.length === 0 ? (
              <DistrictWithoutFigures series={data} year={year} basisSwitch={basisSwitch} />
            ) : (
              <DistrictContent series={data} catalogue={catalogue} year={year} basisSwitch={basisSwitch} />
            )
          }
        </QueryState>
      )}
    </QueryState>
  )
}

/**
 * A unit without any figures yet (a union begun on 1/10/2025 before its first report): its name, its
 * period and what is missing, never an empty page.
 */
function DistrictWithoutFigures({
  series,
  year,
  basisSwitch,
}: {
  series: Series
  year: number | undefined
  basisSwitch?: ReactNode
}) {
  const name = federationName(series.unit)
  return (
    <>
      <title>{`${name} — Chỉ tiêu Công đoàn`}</title>
      <div className="page-head">
        <h1>{name}</h1>
        <div className="page-controls">{basisSwitch}</div>
      </div>
      <p className="lead">
        {`Hoạt động ${unitPeriodRange(series.unit)}. `}
        {year !== undefined ? `Năm ${year}. ` : ''}
        <Link to={paths.overview(year, undefined, series.basis)}>
          {year !== undefined ? `Các đơn vị khác năm ${year}` : 'Các đơn vị khác'}
        </Link>
      </p>
      <UnitLineage series={series} />
      <EmptyState message={missingFiguresText(series, year) ?? ''}>
        <p>Số liệu sẽ hiện ở đây khi đơn vị gửi báo cáo hoặc khi số liệu được nhập từ tệp.</p>
      </EmptyState>
    </>
  )
}

interface DistrictContentProps {
  series: Series
  catalogue: readonly Indicator[]
  /** The year the link came from (?year=), if any. */
  year?: number
  basisSwitch?: ReactNode
}

export function DistrictContent({ series, catalogue, year, basisSwitch }: DistrictContentProps) {
  const name = federationName(series.unit)
  const items = histories(series, catalogue, name)
  const years = [...series.years].sort((a, b) => a - b)
  const counted = series.yearReports.filter((y) => y.counted).map((y) => y.year)
  // Links go to the latest year this unit has figures for in this view, else the latest year at all.
  const latestYear = counted.at(-1) ?? years.at(-1)
  const pending = series.yearReports.filter((y) => !y.counted).map((y) => y.year)
  const missing = series.basis === 'accepted' ? STATUS_LABELS.not_accepted : STATUS_LABELS.not_reported
  const missingYear = year === undefined ? null : missingFiguresText(series, year)
  return (
    <>
      <title>{`${name} — Chỉ tiêu Công đoàn`}</title>
      <div className="page-head">
        <h1>{name}</h1>
        <div className="page-controls">
          {basisSwitch}
          <ExportButtons table={() => seriesTable(series, catalogue)} what={`số liệu các năm của ${name}`} />
        </div>
      </div>
      <p className="lead">
        {`Hoạt động ${unitPeriodRange(series.unit)}. `}
        {years.length > 0 ? `Số liệu các năm ${years[0]}–${years.at(-1)}. ` : ''}
        <Link to={paths.overview(latestYear, undefined, series.basis)}>
          {`So sánh với các đơn vị khác năm ${latestYear ?? ''}`}
        </Link>
      </p>
      {missingYear !== null && (
        <EmptyState message={missingYear}>
          <p>{`Dưới đây là các năm đơn vị có số liệu (${years[0]}–${years.at(-1)}).`}</p>
        </EmptyState>
      )}
      <UnitLineage series={series} />
      <p className="coverage-note" role="note" data-testid="coverage">
        {pending.length > 0 && <strong>{`${missing}: năm ${pending.join(', ')}. `}</strong>}
        {`${DATA_BASIS_NOTES[series.basis]}.`}
      </p>
      <LevelTotals series={series} catalogue={catalogue} />
      <nav className="toc" aria-label="Các chỉ tiêu trên trang">
        <ul>
          {items.map(({ indicator }) => (
            <li key={indicator.key}>
              <a href={`#history-${indicator.key}`}>{indicator.shortNameVi}</a>
            </li>
          ))}
        </ul>
      </nav>
      {items.map((history) => (
        <IndicatorHistory
          key={history.indicator.key}
          history={history}
          latestYear={latestYear}
          basis={series.basis}
        />
      ))}
    </>
  )
}
