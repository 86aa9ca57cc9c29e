import { useState, type FormEvent } from 'react'
import { reasonBodySchema } from '@ldld/db/contracts'
import { Dialog } from '../../../components/form/dialog.tsx'
import { validate } from '../../../lib/form-errors.ts'

interface ReasonDialogProps {
  title: string
  confirmText: string
  hint: string
  busy: boolean
  onConfirm: (reason: string) => void
  onClose: () => void
}

/** Returning or unlocking a report needs a reason: it goes to the district and into the history. */
export function ReasonDialog({ title, confirmText, hint, busy, onConfirm, onClose }: ReasonDialogProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const result = validate(reasonBodySchema, { version: 0, reason })
    if (!result.ok) return setError(result.errors.reason ?? 'Cần nêu lý do.')
    onConfirm(result.data.reason)
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className={`form-field${error ? ' form-field--error' : ''}`}>
          <label htmlFor="reason">Lý do</label>
          <p id="reason-hint" className="form-field__hint">
            {hint}
          </p>
          {error && (
            <p id="reason-error" className="form-field__error" role="alert">
              {error}
            </p>
          )}
          <textarea
            id="reason"
            rows={4}
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reason-hint reason-error' : 'reason-hint'}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {confirmText}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  )
}
