import { useState, type FormEvent } from 'react'
import { createUserBodySchema, ROLES, type Organisation, type Role } from '@ldld/db/contracts'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { SelectField } from '../../../components/form/select-field.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { useValidatedForm } from '../../../components/form/use-validated-form.ts'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { ROLE_LABELS } from '@ldld/db/contracts'
import { useCreateUser } from '../api/create-user.ts'

const LABELS = {
  username: 'Tên đăng nhập',
  displayName: 'Tên hiển thị',
  role: 'Vai trò',
  unit: 'Đơn vị',
  password: 'Mật khẩu',
}
const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))

/** A new account; a district account is bound to exactly one unit. */
export function CreateUserForm({ units }: { units: readonly Organisation[] }) {
  const create = useCreateUser()
  const form = useValidatedForm('new-user', LABELS)
  const [role, setRole] = useState<Role>('district')
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const data = Object.fromEntries(new FormData(element)) as Record<string, string>
    const body = form.check(createUserBodySchema, {
      ...data,
      role,
      unit: role === 'district' ? data.unit || null : null,
    })
    if (!body) return
    create.mutate(body, {
      onSuccess: () => {
        element.reset()
        form.succeed(`Đã tạo tài khoản ${body.username}.`)
      },
      onError: form.fail,
    })
  }
  const e = form.errors
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={form.summary()} attempt={form.attempt} title="Chưa tạo được tài khoản" />
      <fieldset className="form__group">
        <legend>Thêm người dùng</legend>
        <div className="form__row">
          <TextField
            id={form.fieldId('username')}
            name="username"
            label={LABELS.username}
            autoComplete="off"
            hint="Chữ không dấu, số, dấu chấm, gạch; ví dụ d007."
            error={e.username}
          />
          <TextField
            id={form.fieldId('displayName')}
            name="displayName"
            label={LABELS.displayName}
            error={e.displayName}
          />
        </div>
        <div className="form__row">
          <SelectField
            id={form.fieldId('role')}
            label={LABELS.role}
            options={roleOptions}
            value={role}
            onChange={(ev) => setRole(ev.target.value as Role)}
            error={e.role}
          />
          {role === 'district' && (
            <SelectField
              id={form.fieldId('unit')}
              name="unit"
              label={LABELS.unit}
              placeholder="Chọn đơn vị"
              options={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
              error={e.unit}
            />
          )}
        </div>
        <TextField
          id={form.fieldId('password')}
          name="password"
          type="password"
          label={LABELS.password}
          autoComplete="new-password"
          hint="Tối thiểu 8 ký tự. Người dùng nên đổi sau lần đăng nhập đầu."
          error={e.password}
        />
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          Tạo tài khoản
        </button>
      </div>
      <NoticeLine notice={form.notice} />
    </form>
  )
}
