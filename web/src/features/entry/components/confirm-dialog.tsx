import type { ReactNode } from 'react'
import { Dialog } from '../../../components/form/dialog.tsx'

interface ConfirmDialogProps {
  title: string
  /** What happens next, in the user's words. */
  children: ReactNode
  confirmText: string
  busy: boolean
  onConfirm: () => void
  onClose: () => void
}

/** A workflow step asks first and says what happens next (submit, accept). */
export function ConfirmDialog({
  title,
  children,
  confirmText,
  busy,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="dialog__body">{children}</div>
      <div className="form__actions">
        <button type="button" className="button" disabled={busy} onClick={onConfirm}>
          {confirmText}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Hủy
        </button>
      </div>
    </Dialog>
  )
}
