import { useEffect, useRef } from 'react'
import type { Report } from '@ldld/db/contracts'
import { ConflictActions } from '../../../components/conflict-actions.tsx'
import { formatDateTime } from '../../../lib/date-time.ts'
import { FIELD_LABELS, type RowIndicator } from '../model/catalogue.ts'
import { conflictRows } from '../model/conflict.ts'
import type { Drafts } from '../model/drafts.ts'

interface ConflictPanelProps {
  base: Report
  current: Report
  drafts: Drafts
  rows: ReadonlyMap<string, RowIndicator>
  onKeepMine: () => void
  onTakeTheirs: () => void
}

/** 409: someone saved first. Show what changed, side by side, and let the user choose; never overwrite. */
export function ConflictPanel({ base, current, drafts, rows, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const changes = conflictRows(base, current, drafts)
  const canKeep = current.can.editActual || current.can.editTarget
  return (
    <section ref={ref} className="conflict" tabIndex={-1} role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Báo cáo vừa được người khác thay đổi</h2>
      <p>Thay đổi của bạn chưa được lưu. Các ô dưới đây đã khác so với lúc bạn mở báo cáo:</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">Các ô đã thay đổi</caption>
          <thead>
            <tr>
              <th scope="col">Chỉ tiêu</th>
              <th scope="col">Ô</th>
              <th scope="col">Bản của bạn</th>
              <th scope="col">Hiện tại</th>
              <th scope="col">Người sửa</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.indicator}-${c.field}`} className={c.clash ? 'conflict__clash' : undefined}>
                <th scope="row">
                  {c.field === 'status' ? 'Báo cáo' : (rows.get(c.indicator)?.shortNameVi ?? c.indicator)}
                </th>
                <td>{FIELD_LABELS[c.field]}</td>
                <td>
                  {c.mine}
                  {c.clash && <span className="conflict__mark"> (bạn cũng sửa ô này)</span>}
                </td>
                <td>{c.now}</td>
                <td>
                  {c.by ?? '—'}
                  {c.at && <span className="note"> — {formatDateTime(c.at)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!canKeep && (
        <p>
          Báo cáo hiện không cho phép bạn sửa ({current.status === 'accepted' ? 'đã duyệt, khóa' : 'đã gửi'}).
        </p>
      )}
      <ConflictActions onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} canKeep={canKeep} />
      {canKeep && (
        <p className="note">
          “Giữ bản của tôi” lưu các ô bạn đã sửa lên bản mới nhất; các ô bạn không sửa lấy theo bản hiện tại.
        </p>
      )}
    </section>
  )
}
