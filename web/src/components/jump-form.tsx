import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'

interface JumpFormProps {
  id: string
  label: string
  options: readonly { value: string; label: string }[]
  current: string | undefined
  placeholder: string
  hrefFor: (value: string) => string
}

/**
 * Native select plus a "Xem" button: choosing with the arrow keys does not leave the page
 * (WCAG 3.2.2 On Input); the button, or Enter, goes.
 */
export function JumpForm({ id, label, options, current, placeholder, hrefFor }: JumpFormProps) {
  const navigate = useNavigate()
  const [value, setValue] = useState(current ?? '')
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (value) void navigate(hrefFor(value))
  }
  return (
    <form className="jump" onSubmit={onSubmit}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        disabled={options.length === 0}
      >
        <option value="">{options.length === 0 ? 'Đang tải…' : placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        Xem
      </button>
    </form>
  )
}
