import { useState } from 'react'
import type { ImportMapping, Indicator, Organisation } from '@ldld/db/contracts'
import { unitFullName } from '@ldld/db/contracts'

interface MappingEditorProps {
  mapping: ImportMapping
  indicators: readonly Indicator[]
  units: readonly Organisation[]
  busy: boolean
  onConfirm: (mapping: ImportMapping) => void
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
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
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
      <div className="table-scroll">
        <table className="data-table">
          <caption>Cột</caption>
          <thead>
            <tr>
              <th scope="col">Cột</th>
              <th scope="col">Tiêu đề trong tệp</th>
              <th scope="col">Chỉ tiêu</th>
              <th scope="col">Là</th>
            </tr>
          </thead>
          <tbody>
            {draft.columns.map((c) => (
              <tr key={c.column}>
                <td>{c.column}</td>
                <td>{c.header}</td>
                <td>
                  <select
                    aria-label={`Chỉ tiêu của cột ${c.column} (${c.header})`}
                    value={c.indicator ?? ''}
                    onChange={(e) => setColumn(c.column, { indicator: e.target.value || null })}
                  >
                    <option value="">— không nhập cột này —</option>
                    {indicators.map((i) => (
                      <option key={i.key} value={i.key}>
                        {i.shortNameVi} ({i.unitLabel})
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Cột ${c.column} là số thực hiện hay chỉ tiêu giao`}
                    value={c.field}
                    onChange={(e) =>
                      setColumn(c.column, { field: e.target.value === 'target' ? 'target' : 'actual' })
                    }
                  >
                    <option value="actual">Thực hiện</option>
                    <option value="target">Chỉ tiêu giao</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Dòng</caption>
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              <th scope="col">Trong tệp</th>
              <th scope="col">Đơn vị</th>
            </tr>
          </thead>
          <tbody>
            {draft.rows.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{r.label}</td>
                <td>
                  <select
                    aria-label={`Đơn vị của dòng ${r.row} (${r.label})`}
                    value={r.unit ?? ''}
                    onChange={(e) => setRow(r.row, e.target.value || null)}
                  >
                    <option value="">— bỏ qua dòng này —</option>
                    {sorted.map((u) => (
                      <option key={u.code} value={u.code}>
                        {unitFullName(u)} ({u.code})
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button" disabled={busy} onClick={() => onConfirm(draft)}>
        Xác nhận cách ghép và xem lại
      </button>
    </section>
  )
}
