import type { ReactNode, SelectHTMLAttributes } from 'react'

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string
  label: ReactNode
  options: readonly { value: string; label: string }[]
  error?: string | undefined
  placeholder?: string
}

interface SelectOptionsProps {
  options: readonly { value: string; label: string }[]
  /** The first option, of value "": nothing chosen. */
  placeholder?: string | undefined
}

/** The options of a select, with an optional first "nothing chosen" one. */
export function SelectOptions({ options, placeholder }: SelectOptionsProps) {
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  )
}

export function SelectField({ id, label, options, error, placeholder, ...select }: SelectFieldProps) {
  return (
    <div className={`form-field${error ? ' form-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...select}
      >
        <SelectOptions options={options} placeholder={placeholder} />
      </select>
    </div>
  )
}
