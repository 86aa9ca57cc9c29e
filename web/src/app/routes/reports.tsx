import { useNavigate, useSearchParams } from 'react-router'
import { currentReportingYear } from '@ldld/db/contracts'
import { useYears } from '../../api/get-years.ts'
import { YearSelect } from '../../components/year-select.tsx'
import { ReportsView } from '../../features/reports/index.ts'
import { paths } from '../../lib/paths.ts'
import { REPORT_STAGES, type ReportStage } from '../../lib/unit-rows.ts'
import { YearRoute } from './year-route.tsx'

const isStatus = (value: string | null): value is ReportStage => REPORT_STAGES.some((s) => s === value)

/** Lazy-loaded route: /reports/:year?status=. */
export default function ReportsRoute() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  // The years with data, and the one being reported now even before it has any.
  const years = [...new Set([...(useYears().data?.years ?? []), currentReportingYear(new Date())])]
  const raw = params.get('status')
  const status = isStatus(raw) ? raw : null
  return (
    <YearRoute>
      {(year) => (
        <>
          <title>{`Báo cáo năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <div className="page-head">
            <h1>Báo cáo năm {year} của các đơn vị</h1>
            <YearSelect
              years={years}
              value={year}
              onChange={(y) => void navigate(paths.reports(y, status ?? undefined))}
            />
          </div>
          <ReportsView
            year={year}
            status={status}
            onStatusChange={(s) => void navigate(paths.reports(year, s ?? undefined), { replace: true })}
          />
        </>
      )}
    </YearRoute>
  )
}
