import { useId, useState } from 'react'
import type { Indicator, Targets } from '@ldld/db/contracts'
import { Dialog } from '../../../components/form/dialog.tsx'
import type { KindOf, Texts } from '../model/grid.ts'
import { planColumnPaste, type PasteLine } from '../model/paste-column.ts'
import type { GridRow } from '../model/rows.ts'

interface PasteColumnDialogProps {
  targets: Targets
  texts: Texts
  /** The rows that take targets, as shown (filtered and ordered): line 1 goes to the first. */
  rows: readonly GridRow[]
  catalogue: ReadonlyMap<string, Indicator>
  kindOf: KindOf
  onApply: (texts: Texts, summary: string) => void
  onClose: () => void
}

const STATE_TEXT: Record<PasteLine['state'], string> = {
  set: 'điền',
  same: 'không đổi',
  clear: 'xóa chỉ tiêu',
  locked: 'đã duyệt (khóa), bỏ qua',
  unreadable: 'không đọc được',
}

/** One indicator's column from Excel, one value per line, previewed row by row before it is filled in. */
export function PasteColumnDialog(props: PasteColumnDialogProps) {
  const { targets, texts, rows, catalogue, kindOf } = props
  const id = useId()
  const [indicator, setIndicator] = useState(targets.indicators[0] ?? '')
  const [text, setText] = useState('')
  const order = rows.map((r) => r.unit.code)
  const labels = new Map(rows.map((r) => [r.unit.code, r.label]))
  const plan = planColumnPaste(targets, texts, order, indicator, text, kindOf)
  const filled = plan.lines.filter((l) => l.state === 'set' || l.state === 'clear').length
  const unreadable = plan.lines.filter((l) => l.state === 'unreadable').length
  const name = catalogue.get(indicator)?.shortNameVi ?? indicator
  return (
    <Dialog title="Dán cả cột từ bảng tính" onClose={props.onClose} wide>
      <p>
        Chọn chỉ tiêu, rồi dán một cột chép từ Excel: mỗi dòng một số, theo đúng thứ tự {order.length} đơn vị
        đang hiện trong bảng (sau khi lọc và sắp xếp). Xem trước bên dưới, rồi bấm “Điền vào bảng”; chỉ được
        ghi khi bấm “Lưu chỉ tiêu”.
      </p>
      <div className="paste-column__inputs">
        <div className="unit-tools__field">
          <label htmlFor={`${id}-indicator`}>Chỉ tiêu</label>
          <select id={`${id}-indicator`} value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            {targets.indicators.map((key) => (
              <option key={key} value={key}>
                {catalogue.get(key)?.shortNameVi ?? key}
              </option>
            ))}
          </select>
        </div>
        <div className="unit-tools__field paste-column__text">
          <label htmlFor={`${id}-text`}>Cột dán từ Excel (mỗi dòng một số)</label>
          <textarea id={`${id}-text`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      <p role="status" className="paste-column__summary">
        {text.trim() === ''
          ? 'Chưa dán gì.'
          : `${plan.lines.length + plan.extra.length} dòng cho ${order.length} đơn vị: ${filled} ô sẽ thay đổi` +
            (unreadable > 0 ? `, ${unreadable} dòng không đọc được` : '') +
            (plan.extra.length > 0 ? `, thừa ${plan.extra.length} dòng (không dùng)` : '') +
            (plan.untouched > 0 ? `, ${plan.untouched} đơn vị cuối không có số (giữ nguyên)` : '') +
            '.'}
      </p>
      {plan.lines.length > 0 && (
        <div className="table-scroll paste-column__preview" role="region" aria-label="Xem trước" tabIndex={0}>
          <table className="data-table">
            <caption className="sr-only">Xem trước: {name}</caption>
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Hiện tại</th>
                <th scope="col">Sẽ thành</th>
                <th scope="col">Ghi chú</th>
              </tr>
            </thead>
            <tbody>
              {plan.lines.map((l) => (
                <tr key={l.unit} className={`paste-line paste-line--${l.state}`}>
                  <td className="num">{l.line}</td>
                  <th scope="row">{labels.get(l.unit) ?? l.unit}</th>
                  <td className="num">{l.before || '—'}</td>
                  <td className="num">{l.after || '—'}</td>
                  <td>{l.message ? `${STATE_TEXT[l.state]}: ${l.message}` : STATE_TEXT[l.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={plan.lines.length === 0}
          onClick={() =>
            props.onApply(plan.texts, `Đã điền ${filled} ô cột ${name} từ ${plan.lines.length} dòng dán vào.`)
          }
        >
          Điền vào bảng
        </button>
        <button type="button" className="button button--secondary" onClick={props.onClose}>
          Hủy
        </button>
      </div>
    </Dialog>
  )
}
