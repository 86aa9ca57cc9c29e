import { type FormEvent } from 'react'
import { z } from 'zod'
import { passwordSchema, type User } from '@ldld/db/contracts'
import { Dialog } from '../../../components/form/dialog.tsx'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { useValidatedForm } from '../../../components/form/use-validated-form.ts'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { formText } from '../../../lib/form-errors.ts'
import { useUpdateUser } from '../api/update-user.ts'

const schema = z.object({ password: passwordSchema })

/** The admin sets a new password and tells the user by another channel. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const update = useUpdateUser()
  const form = useValidatedForm('reset', { password: 'Mật khẩu mới' })
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const body = form.check(schema, { password: formText(new FormData(element), 'password') })
    if (!body) return
    update.mutate(
      { id: user.id, password: body.password },
      {
        onSuccess: () => {
          element.reset()
          form.succeed(`Đã đặt lại mật khẩu cho ${user.username}.`)
        },
        onError: form.fail,
      },
    )
  }
  return (
    <Dialog title={`Đặt lại mật khẩu: ${user.displayName}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary items={form.summary()} attempt={form.attempt} title="Chưa đặt lại được mật khẩu" />
        <TextField
          id={form.fieldId('password')}
          name="password"
          type="password"
          label="Mật khẩu mới"
          autoComplete="new-password"
          hint="Tối thiểu 8 ký tự."
          error={form.errors.password}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={update.isPending}>
            Đặt lại mật khẩu
          </button>
        </div>
        <NoticeLine notice={form.notice} />
      </form>
    </Dialog>
  )
}
