// Lazy route /report?year=2024: the year's report, laid out for A4 (print or "Save as PDF").
import { Link, useSearchParams } from 'react-router'
import { Redirect } from '../../../components/redirect.tsx'
import type { DataBasis } from '@ldld/db/contracts'
import { useDashboard } from '../../../api/get-dashboard.ts'
import { useIndicators } from '../../../api/get-indicators.ts'
import { useYears } from '../../../api/get-years.ts'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { paths } from '../../../lib/paths.ts'
import { parseDataBasis } from '../../../lib/data-basis.ts'
import { parseYearParam } from '../../../lib/year-param.ts'
import { useBoundaries } from '../../../api/get-boundaries.ts'
import { ReportView } from './report-view.tsx'

function Report({ year, basis }: { year: number; basis: DataBasis }) {
  const indicators = useIndicators()
  const dashboard = useDashboard(year, basis)
  const geo = useBoundaries()
  return (
    <>
      <title>{`Báo cáo năm ${year} — Chỉ tiêu Công đoàn`}</title>
      <div className="report-toolbar">
        <Link to={paths.overview(year, undefined, basis)}>Về trang tổng quan năm {year}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          In hoặc lưu PDF
        </button>
      </div>
      <QueryState query={indicators}>
        {(catalogue) => (
          <QueryState
            query={dashboard}
            isEmpty={(d) => d.coverage.reported === 0}
            emptyMessage={
              basis === 'accepted'
                ? `Chưa có báo cáo nào năm ${year} được duyệt`
                : `Chưa có số liệu năm ${year}`
            }
          >
            {(data) => (
              <QueryState query={geo} loadingLabel="Đang tải bản đồ…">
                {(boundaries) => <ReportView dashboard={data} catalogue={catalogue} geo={boundaries} />}
              </QueryState>
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  )
}

function Latest({ basis }: { basis: DataBasis }) {
  const years = useYears()
  return (
    <QueryState query={years}>
      {({ latest }) =>
        latest === null ? (
          <NotFound title="Chưa có số liệu năm nào" />
        ) : (
          <Redirect to={paths.report(latest, basis)} />
        )
      }
    </QueryState>
  )
}

export default function ReportRoute() {
  const [params] = useSearchParams()
  const parsed = parseYearParam(params.get('year'))
  const basis = parseDataBasis(params.get('data'))
  if (parsed.kind === 'missing') return <Latest basis={basis} />
  if (parsed.kind === 'invalid') {
    return (
      <NotFound
        title="Năm không hợp lệ"
        message={parsed.message}
        backTo={paths.report()}
        backText="Về báo cáo năm mới nhất"
      />
    )
  }
  return <Report key={`${parsed.year}-${basis}`} year={parsed.year} basis={basis} />
}
