import { REPORT_STATUSES, type ReportStatus } from '@ldld/db/contracts'
import { REPORT_STATUS_LABELS } from '@ldld/db/contracts'

interface StatusFilterProps {
  value: ReportStatus | null
  counts: Record<ReportStatus, number>
  total: number
  onChange: (status: ReportStatus | null) => void
}

/** Radio buttons with counts: the city sees at a glance who has not submitted. */
export function StatusFilter({ value, counts, total, onChange }: StatusFilterProps) {
  const option = (status: ReportStatus | null, label: string, count: number) => (
    <label key={status ?? 'all'} className="filter__option">
      <input type="radio" name="status" checked={value === status} onChange={() => onChange(status)} />
      {label} ({count})
    </label>
  )
  return (
    <fieldset className="filter">
      <legend>Lọc theo trạng thái</legend>
      {option(null, 'Tất cả', total)}
      {REPORT_STATUSES.map((s) => option(s, REPORT_STATUS_LABELS[s], counts[s]))}
    </fieldset>
  )
}
