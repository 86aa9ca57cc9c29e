import { type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { z } from 'zod'
import { PASSWORD_HINT, type SessionUser } from '@ldld/db/contracts'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { useValidatedForm } from '../../../components/form/use-validated-form.ts'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { formText } from '../../../lib/form-errors.ts'
import { loadPasswordRule, preloadPasswordRule, type PasswordRule } from '../../../lib/password-rule.ts'
import { useChangePassword } from '../api/change-password.ts'

const LABELS = {
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  repeat: 'Nhập lại mật khẩu mới',
}

function formSchema(user: SessionUser, newPasswordSchema: PasswordRule['newPasswordSchema']) {
  return z
    .object({
      currentPassword: z.string().min(1, { error: 'Nhập mật khẩu đang dùng.' }),
      newPassword: newPasswordSchema({ username: user.username, displayName: user.displayName }),
      repeat: z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.newPassword !== '' && v.newPassword === v.currentPassword)
        ctx.addIssue({
          code: 'custom',
          path: ['newPassword'],
          message: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
        })
      if (v.repeat !== v.newPassword)
        ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'Hai lần nhập mật khẩu mới không khớp.' })
    })
}

/** Current password, new one twice; the same rule as the server, checked before sending. */
export function ChangePasswordForm({ user, next }: { user: SessionUser; next: string }) {
  const navigate = useNavigate()
  const change = useChangePassword()
  const form = useValidatedForm('password', LABELS)
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const { newPasswordSchema } = await loadPasswordRule()
    const body = form.check(formSchema(user, newPasswordSchema), {
      currentPassword: formText(data, 'currentPassword'),
      newPassword: formText(data, 'newPassword'),
      repeat: formText(data, 'repeat'),
    })
    if (!body) return
    change.mutate(
      { currentPassword: body.currentPassword, newPassword: body.newPassword },
      {
        onSuccess: () => {
          form.succeed('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.')
          void navigate(next, { replace: true, state: { passwordChanged: true } })
        },
        onError: form.fail,
      },
    )
  }
  return (
    <form method="post" className="form form--narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary items={form.summary()} attempt={form.attempt} title="Chưa đổi được mật khẩu" />
      <fieldset className="form__group">
        <legend>Đổi mật khẩu</legend>
        {/* Lets password managers store the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <TextField
          {...form.field('currentPassword')}
          type="password"
          autoComplete="current-password"
          onFocus={preloadPasswordRule}
        />
        <TextField
          {...form.field('newPassword')}
          type="password"
          autoComplete="new-password"
          onFocus={preloadPasswordRule}
          hint={PASSWORD_HINT}
        />
        <TextField {...form.field('repeat')} type="password" autoComplete="new-password" />
      </fieldset>
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? 'Đang đổi mật khẩu…' : 'Đổi mật khẩu'}
      </button>
      <NoticeLine notice={form.notice} />
    </form>
  )
}
