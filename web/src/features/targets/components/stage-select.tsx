import { REPORT_STAGE_LABELS, REPORT_STAGES, type ReportStage } from '../../../lib/unit-rows.ts'

interface StageSelectProps {
  id: string
  value: ReportStage | null
  counts: ReadonlyMap<ReportStage, number>
  total: number
  onChange: (stage: ReportStage | null) => void
}

/** Filter the grid by where each unit's report stands (a locked, accepted report cannot change). */
export function StageSelect({ id, value, counts, total, onChange }: StageSelectProps) {
  return (
    <div className="unit-tools__field">
      <label htmlFor={id}>Tình trạng báo cáo</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as ReportStage))}
      >
        <option value="">Tất cả ({total})</option>
        {REPORT_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {REPORT_STAGE_LABELS[stage]} ({counts.get(stage) ?? 0})
          </option>
        ))}
      </select>
    </div>
  )
}
