import { useState, type FormEvent } from 'react'
import {
  createUserBodySchema,
  PASSWORD_HINT,
  ROLE_LABELS,
  ROLES,
  type Organisation,
  type Role,
  type UserWithPassword,
} from '@ldld/db/contracts'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { SelectField } from '../../../components/form/select-field.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { useValidatedForm } from '../../../components/form/use-validated-form.ts'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { loadPasswordRule, preloadPasswordRule } from '../../../lib/password-rule.ts'
import { useCreateUser } from '../api/create-user.ts'
import { OneTimePassword } from './one-time-password.tsx'

const LABELS = {
  username: 'Tên đăng nhập',
  displayName: 'Tên hiển thị',
  role: 'Vai trò',
  unit: 'Đơn vị',
  password: 'Mật khẩu (để trống: hệ thống tạo mật khẩu tạm)',
}

/** The contract's body, with the one password rule when the admin types a password. */
const formSchema = (
  passwordProblem: (password: string, context: { username: string; displayName: string }) => string | null,
) =>
  createUserBodySchema.superRefine((body, ctx) => {
    const problem = body.password === undefined ? null : passwordProblem(body.password, body)
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem })
  })
const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))

/** A new account; a district account is bound to exactly one unit. */
export function CreateUserForm({ units }: { units: readonly Organisation[] }) {
  const create = useCreateUser()
  const form = useValidatedForm('new-user', LABELS)
  const [role, setRole] = useState<Role>('district')
  const [created, setCreated] = useState<UserWithPassword | null>(null)
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const data = Object.fromEntries(new FormData(element)) as Record<string, string>
    const { passwordProblem } = await loadPasswordRule()
    const body = form.check(formSchema(passwordProblem), {
      ...data,
      role,
      unit: role === 'district' ? data.unit || null : null,
      password: data.password || undefined,
    })
    if (!body) return
    setCreated(null)
    create.mutate(body, {
      onSuccess: (user) => {
        element.reset()
        setCreated(user)
        form.succeed(`Đã tạo tài khoản ${user.username}; người dùng phải đổi mật khẩu khi đăng nhập lần đầu.`)
      },
      onError: form.fail,
    })
  }
  return (
    <form method="post" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary items={form.summary()} attempt={form.attempt} title="Chưa tạo được tài khoản" />
      <fieldset className="form__group">
        <legend>Thêm người dùng</legend>
        <div className="form__row">
          <TextField
            {...form.field('username')}
            autoComplete="off"
            hint="Chữ không dấu, số, dấu chấm, gạch; ví dụ d007."
          />
          <TextField {...form.field('displayName')} />
        </div>
        <div className="form__row">
          <SelectField
            id={form.fieldId('role')}
            label={LABELS.role}
            options={roleOptions}
            value={role}
            onChange={(ev) => setRole(ev.target.value as Role)}
            error={form.errors.role}
          />
          {role === 'district' && (
            <SelectField
              {...form.field('unit')}
              placeholder="Chọn đơn vị"
              options={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
            />
          )}
        </div>
        <TextField
          {...form.field('password')}
          type="password"
          autoComplete="new-password"
          onFocus={preloadPasswordRule}
          hint={`Nếu nhập: ${PASSWORD_HINT} Dù nhập hay để trống, người dùng phải đổi mật khẩu khi đăng nhập lần đầu.`}
        />
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          Tạo tài khoản
        </button>
      </div>
      <NoticeLine notice={form.notice} />
      {created?.oneTimePassword && (
        <OneTimePassword username={created.username} password={created.oneTimePassword} />
      )}
    </form>
  )
}
