import {
  UNIT_IMPORT_STATUS_LABELS,
  UNIT_IMPORT_STATUSES,
  type UnitImportEntry,
  type UnitImportPreview,
} from '@ldld/db/contracts'

function changesText(entry: UnitImportEntry): string {
  return entry.changes
    .map((c) => `${c.column}: ${c.before ?? '(trống)'} → ${c.after ?? '(trống)'}`)
    .join('; ')
}

function EntriesTable({ entries, caption }: { entries: readonly UnitImportEntry[]; caption: string }) {
  const id = `unit-import-${caption.length}-${entries.length}`
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Dòng</th>
            <th scope="col">Mã</th>
            <th scope="col">Tên đầy đủ</th>
            <th scope="col">Kết quả</th>
            <th scope="col">Thay đổi</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.code}>
              <td>{e.row ?? '—'}</td>
              <th scope="row">{e.code}</th>
              <td>{e.fullName}</td>
              <td>{UNIT_IMPORT_STATUS_LABELS[e.status]}</td>
              <td>{changesText(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The preview: counts, the refused rows (row and column named), what changes, and the confirm button. */
export function UnitImportPreviewView({
  preview,
  onApply,
  applying,
}: {
  preview: UnitImportPreview
  onApply: () => void
  applying: boolean
}) {
  const { counts, errors } = preview
  const changing = preview.entries.filter((e) => e.status !== 'unchanged')
  const unchanged = preview.entries.filter((e) => e.status === 'unchanged')
  return (
    <section className="unit-import__preview" aria-labelledby="unit-import-preview">
      <h3 id="unit-import-preview">Xem trước: {preview.rows} dòng</h3>
      <ul className="unit-import__counts">
        {UNIT_IMPORT_STATUSES.map((s) => (
          <li key={s}>
            {UNIT_IMPORT_STATUS_LABELS[s]}: <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      {errors.length > 0 && (
        <div className="form-alert" role="alert">
          <p>Tệp có {errors.length} lỗi; chưa có gì được ghi. Sửa tệp rồi xem trước lại.</p>
          <ul className="unit-import__errors">
            {errors.map((e, i) => (
              <li key={`${e.row ?? 'file'}-${e.column ?? ''}-${i}`}>
                {e.row === null ? `Đơn vị ${e.code ?? ''}` : `Dòng ${e.row}`}
                {e.column ? `, cột ${e.column}` : ''}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {changing.length > 0 && (
        <EntriesTable entries={changing} caption="Đơn vị thêm mới, thay đổi, kết thúc, xóa" />
      )}
      {unchanged.length > 0 && (
        <details>
          <summary>{unchanged.length} đơn vị không đổi</summary>
          <EntriesTable entries={unchanged} caption="Đơn vị không đổi" />
        </details>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={onApply} disabled={errors.length > 0 || applying}>
          Áp dụng danh sách
        </button>
      </div>
    </section>
  )
}
