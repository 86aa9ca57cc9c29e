import { useState, type FormEvent } from 'react'
import type { Indicator, Organisation, Qualifier } from '@ldld/db/contracts'
import { SelectField } from '../../../components/form/select-field.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { inputText, parseInput } from '../../../lib/figure-text.ts'
import { federationName } from '../../../lib/org-names.ts'
import { QUALIFIER_OPTIONS } from '../model/labels.ts'
import type { Figure } from '../model/review.ts'

interface ProposalEditorProps {
  id: string
  figure: Figure
  indicators: readonly Indicator[]
  units: readonly Organisation[]
  years: readonly number[]
  onSave: (figure: Figure) => void
  onCancel: () => void
}

/** Correct a proposal before accepting it: indicator, value, target, bound, unit, year. */
export function ProposalEditor({
  id,
  figure,
  indicators,
  units,
  years,
  onSave,
  onCancel,
}: ProposalEditorProps) {
  const [indicator, setIndicator] = useState(figure.indicator)
  const kind = indicators.find((i) => i.key === indicator)?.unitKind ?? 'count'
  const [actual, setActual] = useState(inputText(figure.actual, kind))
  const [target, setTarget] = useState(inputText(figure.target, kind))
  const [qualifier, setQualifier] = useState<Qualifier>(figure.qualifier)
  const [unit, setUnit] = useState(figure.unit ?? '')
  const [year, setYear] = useState(figure.year === null ? '' : String(figure.year))
  const actualRead = parseInput(actual, kind)
  const targetRead = parseInput(target, kind)
  const errors = {
    actual: actualRead.ok ? undefined : actualRead.message,
    target: targetRead.ok ? undefined : targetRead.message,
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!actualRead.ok || !targetRead.ok) return
    onSave({
      indicator,
      actual: actualRead.value,
      target: targetRead.value,
      qualifier,
      unit: unit === '' ? null : unit,
      year: year === '' ? null : Number(year),
    })
  }
  const yearOptions = [...new Set([...years, ...(figure.year === null ? [] : [figure.year])])].sort(
    (a, b) => b - a,
  )
  return (
    <form className="proposal-editor" onSubmit={submit} aria-label="Sửa đề xuất">
      <SelectField
        id={`${id}-indicator`}
        label="Chỉ tiêu"
        value={indicator}
        onChange={(e) => setIndicator(e.target.value)}
        options={indicators.map((i) => ({ value: i.key, label: i.nameVi }))}
      />
      <TextField
        id={`${id}-actual`}
        label="Số thực hiện"
        value={actual}
        onChange={(e) => setActual(e.target.value)}
        error={errors.actual}
        inputMode="decimal"
      />
      <TextField
        id={`${id}-target`}
        label="Chỉ tiêu giao"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        error={errors.target}
        inputMode="decimal"
      />
      <SelectField
        id={`${id}-qualifier`}
        label="Mức chính xác"
        value={qualifier}
        onChange={(e) => setQualifier(e.target.value as Qualifier)}
        options={QUALIFIER_OPTIONS}
      />
      <SelectField
        id={`${id}-unit`}
        label="Đơn vị"
        value={unit}
        placeholder="— Chưa chọn —"
        onChange={(e) => setUnit(e.target.value)}
        options={units.map((u) => ({ value: u.code, label: federationName(u) }))}
      />
      <SelectField
        id={`${id}-year`}
        label="Năm"
        value={year}
        placeholder="— Chưa chọn —"
        onChange={(e) => setYear(e.target.value)}
        options={yearOptions.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <div className="proposal-editor__actions">
        <button type="submit" className="button">
          Lưu sửa đổi và chấp nhận
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  )
}
