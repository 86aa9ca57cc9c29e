import { useState, type FormEvent } from 'react'

interface UpliftFormProps {
  previousYear: number
  /** Open at first for a year still without targets (a new plan); folded otherwise, to leave room for the grid. */
  defaultOpen: boolean
  disabled: boolean
  onCopy: (percent: number) => void
}

const PERCENT = /^[+-]?\d{1,3}(,\d{1,2})?$/

/** "Sao chép chỉ tiêu năm trước" raised by a percentage (e.g. +5%), rounded; nothing is saved until 'Lưu'. */
export function UpliftForm({ previousYear, defaultOpen, disabled, onCopy }: UpliftFormProps) {
  const [text, setText] = useState('5')
  const [error, setError] = useState<string | undefined>()
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const trimmed = text.trim().replace('%', '')
    if (!PERCENT.test(trimmed))
      return setError('Nhập tỷ lệ tăng là một số, ví dụ 5 hoặc 2,5 (có thể âm để giảm).')
    setError(undefined)
    onCopy(Number(trimmed.replace(',', '.')))
  }
  return (
    <details className="uplift" open={defaultOpen}>
      <summary>Sao chép chỉ tiêu năm {previousYear}, tăng thêm theo tỷ lệ</summary>
      <form onSubmit={onSubmit} noValidate>
        <div className="uplift__row">
          <div className={`form-field${error ? ' form-field--error' : ''}`}>
            <label htmlFor="uplift">Tăng thêm (%)</label>
            <input
              id="uplift"
              type="text"
              inputMode="decimal"
              value={text}
              size={6}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'uplift-hint uplift-error' : 'uplift-hint'}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={disabled}>
            Sao chép chỉ tiêu năm trước
          </button>
        </div>
        <p id="uplift-hint" className="form-field__hint">
          Điền vào mọi ô (trừ đơn vị đã khóa) chỉ tiêu năm {previousYear} cộng thêm tỷ lệ này, làm tròn (số
          lượng: đến đơn vị; tiền: đến triệu đồng). Chỉ được ghi khi bấm “Lưu chỉ tiêu”.
        </p>
        {error && (
          <p id="uplift-error" className="form-field__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </details>
  )
}
