import { useState } from 'react'
import type { Report } from '@ldld/db/contracts'
import { ConfirmDialog } from './confirm-dialog.tsx'
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
  const [dialog, setDialog] = useState<'accept' | 'return' | 'unlock' | null>(null)
  if (!can.accept && !can.return && !can.unlock) return null
  const close = () => setDialog(null)
  return (
    <div className="entry-review" role="group" aria-label="Duyệt báo cáo">
      {can.accept && (
        <button type="button" className="button" disabled={busy || dirty} onClick={() => setDialog('accept')}>
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
      {dialog === 'accept' && (
        <ConfirmDialog
          title="Duyệt báo cáo?"
          confirmText="Xác nhận duyệt"
          busy={busy}
          onClose={close}
          onConfirm={() => {
            close()
            onAccept()
          }}
        >
          <p>
            Số liệu của báo cáo sẽ được khóa: không ai sửa được nữa, kể cả chỉ tiêu. Muốn sửa sau này, LĐLĐ
            Thành phố phải mở khóa kèm lý do.
          </p>
        </ConfirmDialog>
      )}
      {dialog === 'return' && (
        <ReasonDialog
          title="Trả lại báo cáo"
          confirmText="Trả lại báo cáo"
          hint="Báo cáo sẽ trở về đơn vị để sửa; đơn vị thấy lý do này trên báo cáo của mình và gửi lại sau khi sửa."
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
          hint="Báo cáo trở về trạng thái nháp: đơn vị sửa được số liệu và phải gửi lại để duyệt. Lý do được ghi vào lịch sử của báo cáo."
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
