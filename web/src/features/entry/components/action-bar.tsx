import { useState } from 'react'
import { unconfirmedMessage, type CheckIssue } from '@ldld/db/contracts'
import { NoticeLine, type Notice } from '../../../components/notice-line.tsx'
import type { RowIndicator } from '../model/catalogue.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'

interface ActionBarProps {
  canSave: boolean
  canSubmit: boolean
  dirty: boolean
  busy: boolean
  errorCount: number
  unexplained: readonly CheckIssue[]
  /** Illustrative actuals neither confirmed nor replaced. */
  illustrative: readonly string[]
  year: number
  rows: ReadonlyMap<string, RowIndicator>
  /** The outcome of the last action, where the user's eyes are: beside the buttons. */
  notice: Notice | null
  onSubmit: () => void
}

/** 'Lưu nháp' (also Ctrl+S), the unsaved-changes mark, and 'Gửi báo cáo' with why it is not yet possible. */
export function ActionBar({
  canSave,
  canSubmit,
  dirty,
  busy,
  errorCount,
  unexplained,
  illustrative,
  year,
  rows,
  notice,
  onSubmit,
}: ActionBarProps) {
  const [asking, setAsking] = useState(false)
  const name = (key: string) => rows.get(key)?.shortNameVi ?? key
  const blockers: string[] = []
  if (errorCount > 0) blockers.push(`Còn ${errorCount} lỗi phải sửa.`)
  const names = [...new Set(unexplained.map((w) => name(w.indicator)))]
  if (names.length > 0) blockers.push(`Cần ghi chú giải thích cảnh báo ở: ${names.join(', ')}.`)
  if (illustrative.length > 0) blockers.push(unconfirmedMessage(illustrative.map(name)))
  if (!canSave && !canSubmit) return <NoticeLine notice={notice} />
  return (
    <div className="action-bar entry-actions">
      {canSave && (
        <>
          <button
            type="submit"
            className="button button--secondary"
            disabled={busy}
            aria-keyshortcuts="Control+S"
          >
            Lưu nháp
          </button>
          <p className={`action-bar__state${dirty ? ' action-bar__state--dirty' : ''}`} role="status">
            {dirty ? '● Có thay đổi chưa lưu' : 'Không có thay đổi chưa lưu'}
          </p>
        </>
      )}
      {canSubmit && (
        <div className="entry-actions__submit">
          <button
            type="button"
            className="button"
            disabled={busy || blockers.length > 0}
            aria-describedby={blockers.length > 0 ? 'submit-blockers' : undefined}
            onClick={() => setAsking(true)}
          >
            Gửi báo cáo
          </button>
          {blockers.length > 0 && (
            <ul id="submit-blockers" className="entry-actions__blockers">
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="action-bar__notice">
        <NoticeLine notice={notice} />
      </div>
      {asking && (
        <ConfirmDialog
          title={`Gửi báo cáo năm ${year}?`}
          confirmText="Xác nhận gửi"
          busy={busy}
          onClose={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false)
            onSubmit()
          }}
        >
          {dirty && <p>Các thay đổi chưa lưu sẽ được lưu trước khi gửi.</p>}
          <p>
            Sau khi gửi, đơn vị không sửa được số liệu nữa. LĐLĐ Thành phố sẽ xem và duyệt (số liệu được khóa)
            hoặc trả lại kèm lý do để đơn vị sửa rồi gửi lại.
          </p>
        </ConfirmDialog>
      )}
    </div>
  )
}
