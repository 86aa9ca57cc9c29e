import type { BulkPreview } from '@ldld/db/contracts'

/** Every row of the file as the server read it, with what is wrong with it. */
export function BulkPreviewTable({ preview }: { preview: BulkPreview }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="bulk-preview-caption" tabIndex={0}>
      <table className="data-table bulk-table">
        <caption id="bulk-preview-caption">
          Xem trước tệp {preview.fileName}: {preview.valid} dòng hợp lệ, {preview.invalid} dòng có lỗi
        </caption>
        <thead>
          <tr>
            <th scope="col">Dòng</th>
            <th scope="col">Mã đơn vị</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Tên hiển thị</th>
            <th scope="col">Tên đăng nhập</th>
            <th scope="col">Kiểm tra</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.row} className={r.problems.length > 0 ? 'bulk-table__bad' : undefined}>
              <th scope="row">{r.row}</th>
              <td>{r.unit}</td>
              <td>{r.unitName ?? '—'}</td>
              <td>{r.displayName}</td>
              <td>{r.username}</td>
              <td>
                {r.problems.length === 0 ? (
                  <span>✓ Hợp lệ</span>
                ) : (
                  <ul className="bulk-table__problems">
                    {r.problems.map((p) => (
                      <li key={p}>✗ {p}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
