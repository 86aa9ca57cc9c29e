// Lazy route /report?year=2024: the year's report, laid out for A4 (print or "Save as PDF").
import { Link, Navigate, useSearchParams } from 'react-router'
import { useIndicators } from '../../../api/get-indicators.ts'
import { useYears } from '../../../api/get-years.ts'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { paths } from '../../../lib/paths.ts'
import { parseYearParam } from '../../../lib/year-param.ts'
import { useBoundaries } from '../../map/index.ts'
import { useReportDashboard } from '../api/get-report-dashboard.ts'
import './report.css'
import { ReportView } from './report-view.tsx'

function Report({ year }: { year: number }) {
  const indicators = useIndicators()
  const dashboard = useReportDashboard(year)
  const geo = useBoundaries()
  return (
    <>
      <title>{`Báo cáo năm ${year} — Chỉ tiêu Công đoàn`}</title>
      <div className="report-toolbar">
        <Link to={paths.overview(year)}>Về trang tổng quan năm {year}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          In hoặc lưu PDF
        </button>
      </div>
      <QueryState query={indicators}>
        {(catalogue) => (
          <QueryState
            query={dashboard}
            isEmpty={(d) => d.cells.every((c) => c.actual === null)}
            emptyMessage={`Chưa có số liệu năm ${year}`}
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

function Latest() {
  const years = useYears()
  return (
    <QueryState query={years}>
      {({ latest }) =>
        latest === null ? (
          <NotFound title="Chưa có số liệu năm nào" />
        ) : (
          <Navigate replace to={paths.report(latest)} />
        )
      }
    </QueryState>
  )
}

export default function ReportRoute() {
  const [params] = useSearchParams()
  const parsed = parseYearParam(params.get('year'))
  if (parsed.kind === 'missing') return <Latest />
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
  return <Report key={parsed.year} year={parsed.year} />
}
