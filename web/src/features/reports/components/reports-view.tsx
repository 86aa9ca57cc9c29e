import { REPORT_STATUSES, type ReportStatus } from '@ldld/db/contracts'
import { EmptyState, QueryState } from '../../../components/query-state.tsx'
import { useReports } from '../api/get-reports.ts'
import { ReportsTable, type ReportRow } from './reports-table.tsx'
import { StatusFilter } from './status-filter.tsx'
import '../../../styles/reports.css'

interface ReportsViewProps {
  year: number
  status: ReportStatus | null
  onStatusChange: (status: ReportStatus | null) => void
}

function countsOf(rows: readonly ReportRow[]): Record<ReportStatus, number> {
  const counts = Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as Record<ReportStatus, number>
  for (const r of rows) counts[r.status] += 1
  return counts
}

/** The city's list of a year's reports, filtered by status. */
export function ReportsView({ year, status, onStatusChange }: ReportsViewProps) {
  const reports = useReports(year)
  return (
    <QueryState
      query={reports}
      isEmpty={(rows) => rows.length === 0}
      emptyMessage={`Chưa có đơn vị nào phải báo cáo năm ${year}`}
    >
      {(rows) => {
        const shown = status ? rows.filter((r) => r.status === status) : rows
        return (
          <>
            <StatusFilter
              value={status}
              counts={countsOf(rows)}
              total={rows.length}
              onChange={onStatusChange}
            />
            <p role="status" className="note">
              Đang hiển thị {shown.length}/{rows.length} đơn vị.
            </p>
            {shown.length > 0 ? (
              <ReportsTable rows={shown} year={year} />
            ) : (
              <EmptyState message="Không có báo cáo nào ở trạng thái này." />
            )}
          </>
        )
      }}
    </QueryState>
  )
}
