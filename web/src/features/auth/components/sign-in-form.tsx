import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { loginBodySchema } from '@ldld/db/contracts'
import { ErrorSummary, type SummaryItem } from '../../../components/form/error-summary.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { formText, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { useSignIn } from '../api/sign-in.ts'
import { signInErrorMessage } from '../sign-in-errors.ts'

const FIELDS = [
  { name: 'username', label: 'Tên đăng nhập' },
  { name: 'password', label: 'Mật khẩu' },
] as const

/** Username and password; on success goes where the user was heading (`next`). */
export function SignInForm({ next }: { next: string }) {
  const navigate = useNavigate()
  const signIn = useSignIn()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const result = validate(loginBodySchema, {
      username: formText(data, 'username'),
      password: formText(data, 'password'),
    })
    if (!result.ok) {
      setErrors(result.errors)
      setAttempt((n) => n + 1)
      return
    }
    setErrors({})
    signIn.mutate(result.data, { onSuccess: () => void navigate(next, { replace: true }) })
  }

  const summary: SummaryItem[] = FIELDS.flatMap((f) =>
    errors[f.name] ? [{ fieldId: f.name, message: errors[f.name] ?? '' }] : [],
  )
  return (
    <form method="post" className="form form--narrow" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} attempt={attempt} title="Chưa đăng nhập được" />
      {signIn.isError && (
        <p className="form-alert" role="alert">
          {signInErrorMessage(signIn.error)}
        </p>
      )}
      <fieldset className="form__group">
        <legend>Thông tin đăng nhập</legend>
        <TextField
          id="username"
          name="username"
          label="Tên đăng nhập"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label="Mật khẩu"
          autoComplete="current-password"
          error={errors.password}
        />
      </fieldset>
      <button type="submit" className="button" disabled={signIn.isPending}>
        {signIn.isPending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  )
}
