import { REPORT_STAGE_LABELS, REPORT_STAGES, type ReportStage } from '../../../lib/unit-rows.ts'

interface StatusFilterProps {
  value: ReportStage | null
  counts: ReadonlyMap<ReportStage, number>
  total: number
  onChange: (stage: ReportStage | null) => void
}

/** Radio buttons with counts: the city sees at a glance who has not started, not submitted, not been accepted. */
export function StatusFilter({ value, counts, total, onChange }: StatusFilterProps) {
  const option = (stage: ReportStage | null, label: string, count: number) => (
    <label key={stage ?? 'all'} className="filter__option">
      <input type="radio" name="status" checked={value === stage} onChange={() => onChange(stage)} />
      {label} ({count})
    </label>
  )
  return (
    <fieldset className="filter">
      <legend>Lọc theo trạng thái</legend>
      {option(null, 'Tất cả', total)}
      {REPORT_STAGES.map((s) => option(s, REPORT_STAGE_LABELS[s], counts.get(s) ?? 0))}
    </fieldset>
  )
}
