import type { Indicator, Organisation } from '@ldld/db/contracts'
import { PERIOD_LABELS } from '@ldld/db/contracts'
import { formatValue } from '@ldld/db/format'
import { federationName } from '../../../lib/org-names.ts'
import type { AcceptedList } from '../model/review.ts'

interface AcceptedPanelProps {
  list: AcceptedList
  indicators: readonly Indicator[]
  units: readonly Organisation[]
}

/** The accepted figures as the one list a save will send; saving itself comes in phase 2. */
export function AcceptedPanel({ list, indicators, units }: AcceptedPanelProps) {
  const nameOf = (code: string) => {
    const u = units.find((o) => o.code === code)
    return u ? federationName(u) : code
  }
  const indicatorOf = (key: string) => indicators.find((i) => i.key === key)
  return (
    <section className="accepted" aria-labelledby="accepted-title">
      <h2 id="accepted-title">Danh sách sẽ lưu ({list.figures.length} số)</h2>
      {list.figures.length === 0 ? (
        <p>Chưa chấp nhận đề xuất nào.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Năm</th>
              <th scope="col">Chỉ tiêu</th>
              <th scope="col">Thực hiện</th>
              <th scope="col">Chỉ tiêu giao</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Trích dẫn</th>
            </tr>
          </thead>
          <tbody>
            {list.figures.map((f) => {
              const ind = indicatorOf(f.indicator)
              const show = (v: number | null, q = f.qualifier) =>
                v === null ? '—' : formatValue(v, ind?.unitKind ?? 'count', ind?.unitLabel ?? '', q)
              return (
                <tr key={`${f.unit}-${f.year}-${f.indicator}`}>
                  <td>{nameOf(f.unit)}</td>
                  <td>{f.year}</td>
                  <td>{ind?.shortNameVi ?? f.indicator}</td>
                  <td>{show(f.actual)}</td>
                  <td>{show(f.target, 'exact')}</td>
                  <td>{PERIOD_LABELS[f.period]}</td>
                  <td className="accepted__quote">“{f.quote}”</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {list.conflicts.map((c) => (
        <p key={`${c.unit}-${c.year}-${c.indicator}`} className="accepted__conflict" role="alert">
          {nameOf(c.unit)}, năm {c.year}: có {c.from.length} số cho “
          {indicatorOf(c.indicator)?.shortNameVi ?? c.indicator}”; hãy bỏ qua hoặc sửa để chỉ giữ một.
        </p>
      ))}
      <div className="accepted__save">
        <button type="button" className="button" disabled aria-describedby="accepted-soon">
          Lưu vào báo cáo (sắp có)
        </button>
        <p id="accepted-soon" className="form-field__hint">
          Việc lưu sẽ đi qua màn hình nhập số liệu, giữ trích dẫn, mức chính xác và thời gian của từng số;
          chức năng này đang được hoàn thiện. Hiện có thể đối chiếu danh sách rồi nhập tay.
        </p>
      </div>
    </section>
  )
}
