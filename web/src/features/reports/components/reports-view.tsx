import { useMemo } from 'react'
import { EmptyState, QueryState } from '../../../components/query-state.tsx'
import { UnitListTools, useUnitListState } from '../../../components/unit-list-tools.tsx'
import { filterUnits, listLabels, type ReportStage } from '../../../lib/unit-rows.ts'
import { useReports } from '../api/get-reports.ts'
import { ReportsTable, type ListedReport, type ReportRow } from './reports-table.tsx'
import { StatusFilter } from './status-filter.tsx'

interface ReportsViewProps {
  year: number
  status: ReportStage | null
  onStatusChange: (status: ReportStage | null) => void
}

/** Each row as the list shows it: the unit's label (kind added where two share a name) and its stage. */
function listed(rows: readonly ReportRow[]): ListedReport[] {
  const units = rows.map((r) => ({ ...r, code: r.unit, name: r.unitName }))
  const labels = listLabels(units)
  return units.map((unit) => ({
    report: unit,
    unit,
    label: labels.get(unit.code) ?? unit.name,
    stage: unit.started ? unit.status : 'not_started',
  }))
}

function ReportsList({ rows, year, status, onStatusChange }: ReportsViewProps & { rows: ReportRow[] }) {
  const list = useUnitListState()
  const { query, sort } = list
  const all = useMemo(() => listed(rows), [rows])
  const shown = filterUnits(all, { query, stage: status, sort })
  const counts = new Map<ReportStage, number>()
  for (const r of all) counts.set(r.stage, (counts.get(r.stage) ?? 0) + 1)
  return (
    <>
      <StatusFilter value={status} counts={counts} total={all.length} onChange={onStatusChange} />
      <UnitListTools id="reports" {...list} shown={shown.length} total={all.length} />
      {shown.length > 0 ? (
        <ReportsTable rows={shown} year={year} />
      ) : (
        <EmptyState message="Không có báo cáo nào khớp bộ lọc." />
      )}
    </>
  )
}

/** The city's list of a year's reports: filter by status, find a unit, order, grouped by period in 2025. */
export function ReportsView(props: ReportsViewProps) {
  const reports = useReports(props.year)
  return (
    <QueryState
      query={reports}
      isEmpty={(rows) => rows.length === 0}
      emptyMessage={`Chưa có đơn vị nào phải báo cáo năm ${props.year}`}
    >
      {(rows) => <ReportsList {...props} rows={rows} />}
    </QueryState>
  )
}
