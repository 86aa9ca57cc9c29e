import { useState } from 'react'
import type { Report } from '@ldld/db/contracts'
import { ReasonDialog } from './reason-dialog.tsx'

interface ReviewBarProps {
  can: Report['can']
  dirty: boolean
  busy: boolean
  onAccept: () => void
  onReturn: (reason: string) => void
  onUnlock: (reason: string) => void
}

/** The city's decisions on a report: Duyệt, Trả lại (with a reason), Mở khóa (with a reason). */
export function ReviewBar({ can, dirty, busy, onAccept, onReturn, onUnlock }: ReviewBarProps) {
  const [dialog, setDialog] = useState<'return' | 'unlock' | null>(null)
  if (!can.accept && !can.return && !can.unlock) return null
  const close = () => setDialog(null)
  return (
    <div className="entry-review" role="group" aria-label="Duyệt báo cáo">
      {can.accept && (
        <button type="button" className="button" disabled={busy || dirty} onClick={onAccept}>
          Duyệt
        </button>
      )}
      {can.return && (
        <button
          type="button"
          className="button button--danger"
          disabled={busy || dirty}
          onClick={() => setDialog('return')}
        >
          Trả lại
        </button>
      )}
      {can.unlock && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => setDialog('unlock')}
        >
          Mở khóa
        </button>
      )}
      {dirty && (can.accept || can.return) && (
        <p className="note">Lưu các thay đổi trước khi duyệt hoặc trả lại.</p>
      )}
      {dialog === 'return' && (
        <ReasonDialog
          title="Trả lại báo cáo"
          confirmText="Trả lại báo cáo"
          hint="Đơn vị sẽ thấy lý do này trên báo cáo của mình."
          busy={busy}
          onClose={close}
          onConfirm={(reason) => {
            close()
            onReturn(reason)
          }}
        />
      )}
      {dialog === 'unlock' && (
        <ReasonDialog
          title="Mở khóa báo cáo"
          confirmText="Mở khóa"
          hint="Lý do được ghi vào lịch sử của báo cáo."
          busy={busy}
          onClose={close}
          onConfirm={(reason) => {
            close()
            onUnlock(reason)
          }}
        />
      )}
    </div>
  )
}
