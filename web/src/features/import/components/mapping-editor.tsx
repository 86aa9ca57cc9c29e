import { useState, type ReactNode } from 'react'
import type { ImportMapping, Indicator, Organisation } from '@ldld/db/contracts'
import { unitFullName } from '@ldld/db/contracts'
import { SelectOptions } from '../../../components/form/select-field.tsx'
import { compareLabels } from '../../../lib/unit-rows.ts'

interface MappingEditorProps {
  mapping: ImportMapping
  indicators: readonly Indicator[]
  units: readonly Organisation[]
  busy: boolean
  onConfirm: (mapping: ImportMapping) => void
}

const FIELD_OPTIONS = [
  { value: 'actual', label: 'Thực hiện' },
  { value: 'target', label: 'Chỉ tiêu giao' },
]

interface ChoiceProps {
  label: string
  value: string | null
  /** The first option's words when the column or row may be left out (its value is null). */
  none?: string
  options: ReadonlyArray<{ value: string; label: string }>
  onChange: (value: string | null) => void
}

/** One choice of the mapping: an indicator, a field or a unit, or (with `none`) nothing. */
function Choice({ label, value, none, options, onChange }: ChoiceProps) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <SelectOptions options={options} placeholder={none} />
    </select>
  )
}

interface MappingTableProps {
  caption: string
  headers: readonly string[]
  /** Per column or row of the file: where it is, what the file says there, and its choices. */
  items: ReadonlyArray<{ key: string; place: string | number; label: string; choices: ReactNode[] }>
}

/** The columns, or the rows, of the sheet with what each is read as. */
function MappingTable({ caption, headers, items }: MappingTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key}>
              <td>{item.place}</td>
              <td>{item.label}</td>
              {item.choices.map((choice, i) => (
                <td key={i}>{choice}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * A sheet in another layout: which column is which indicator (or none), which row is which unit,
 * and the year. The product proposes; the person confirms or corrects, then sees the preview again.
 */
export function MappingEditor({ mapping, indicators, units, busy, onConfirm }: MappingEditorProps) {
  const [draft, setDraft] = useState(mapping)
  const setColumn = (column: string, patch: Partial<ImportMapping['columns'][number]>) =>
    setDraft((d) => ({ ...d, columns: d.columns.map((c) => (c.column === column ? { ...c, ...patch } : c)) }))
  const setRow = (row: number, unit: string | null) =>
    setDraft((d) => ({ ...d, rows: d.rows.map((r) => (r.row === row ? { ...r, unit } : r)) }))
  const indicatorOptions = indicators.map((i) => ({
    value: i.key,
    label: `${i.shortNameVi} (${i.unitLabel})`,
  }))
  const unitOptions = [...units]
    .sort((a, b) => compareLabels(a.name, b.name))
    .map((u) => ({ value: u.code, label: `${unitFullName(u)} (${u.code})` }))
  return (
    <section className="import-mapping" aria-labelledby="mapping-title">
      <h3 id="mapping-title">Xác nhận cách ghép cột và dòng</h3>
      <p>
        Tệp không theo mẫu nhập. Hệ thống đề xuất cách đọc trang “{draft.sheet}” (tiêu đề ở dòng{' '}
        {draft.headerRow}, đơn vị ở cột {draft.unitColumn}). Kiểm tra, sửa nếu cần, rồi bấm “Xác nhận” để xem
        lại các thay đổi.
      </p>
      <div className="field">
        <label htmlFor="mapping-year">Năm của số liệu</label>
        <input
          id="mapping-year"
          type="number"
          min={2000}
          max={2100}
          value={draft.year}
          onChange={(e) => setDraft((d) => ({ ...d, year: Number(e.target.value) }))}
        />
      </div>
      <MappingTable
        caption="Cột"
        headers={['Cột', 'Tiêu đề trong tệp', 'Chỉ tiêu', 'Là']}
        items={draft.columns.map((c) => ({
          key: c.column,
          place: c.column,
          label: c.header,
          choices: [
            <Choice
              key="indicator"
              label={`Chỉ tiêu của cột ${c.column} (${c.header})`}
              value={c.indicator}
              none="— không nhập cột này —"
              options={indicatorOptions}
              onChange={(indicator) => setColumn(c.column, { indicator })}
            />,
            <Choice
              key="field"
              label={`Cột ${c.column} là số thực hiện hay chỉ tiêu giao`}
              value={c.field}
              options={FIELD_OPTIONS}
              onChange={(field) => setColumn(c.column, { field: field === 'target' ? 'target' : 'actual' })}
            />,
          ],
        }))}
      />
      <MappingTable
        caption="Dòng"
        headers={['Dòng', 'Trong tệp', 'Đơn vị']}
        items={draft.rows.map((r) => ({
          key: String(r.row),
          place: r.row,
          label: r.label,
          choices: [
            <Choice
              key="unit"
              label={`Đơn vị của dòng ${r.row} (${r.label})`}
              value={r.unit}
              none="— bỏ qua dòng này —"
              options={unitOptions}
              onChange={(unit) => setRow(r.row, unit)}
            />,
          ],
        }))}
      />
      <button type="button" className="button" disabled={busy} onClick={() => onConfirm(draft)}>
        Xác nhận cách ghép và xem lại
      </button>
    </section>
  )
}
