import { Link } from 'react-router'
import type { Indicator, Series } from '@ldld/db/contracts'
import { useIndicators } from '../../../api/get-indicators.ts'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { isNotFound } from '../../../lib/api-client.ts'
import { federationName } from '../../../lib/org-names.ts'
import { paths } from '../../../lib/paths.ts'
import { ExportButtons, seriesTable } from '../../export/index.ts'
import { useSeries } from '../api/get-series.ts'
import { histories } from '../prepare.ts'
import { IndicatorHistory } from './indicator-history.tsx'

/** Every indicator of one district over the years; an unknown code gets a "not found" page. */
export function DistrictView({ code }: { code: string }) {
  const indicators = useIndicators()
  const series = useSeries(code)
  if (isNotFound(series.error)) {
    return (
      <NotFound title="Không tìm thấy đơn vị" message={`Không có LĐLĐ quận, huyện nào mang mã “${code}”.`} />
    )
  }
  return (
    <QueryState query={indicators}>
      {(catalogue) => (
        <QueryState
          query={series}
          isEmpty={(data) => data.cells.length === 0}
          emptyMessage="Đơn vị này chưa có số liệu"
        >
          {(data) => <DistrictContent series={data} catalogue={catalogue} />}
        </QueryState>
      )}
    </QueryState>
  )
}

export function DistrictContent({ series, catalogue }: { series: Series; catalogue: readonly Indicator[] }) {
  const name = federationName(series.unit)
  const items = histories(series, catalogue, name)
  const years = [...series.years].sort((a, b) => a - b)
  const latestYear = years.at(-1)
  return (
    <>
      <title>{`${name} — Chỉ tiêu Công đoàn`}</title>
      <div className="page-head">
        <h1>{name}</h1>
        <ExportButtons table={() => seriesTable(series, catalogue)} what={`số liệu các năm của ${name}`} />
      </div>
      <p className="lead">
        {years.length > 0 ? `Số liệu các năm ${years[0]}–${latestYear}. ` : ''}
        <Link to={paths.overview(latestYear)}>So sánh với các quận, huyện khác</Link>
      </p>
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
        <IndicatorHistory key={history.indicator.key} history={history} latestYear={latestYear} />
      ))}
    </>
  )
}
