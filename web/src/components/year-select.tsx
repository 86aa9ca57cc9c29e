interface YearSelectProps {
  years: readonly number[]
  value: number
  onChange: (year: number) => void
  id?: string
}

/** Native select (keyboard and screen readers for free); the chosen year lives in the URL. */
export function YearSelect({ years, value, onChange, id = 'year-select' }: YearSelectProps) {
  const options = years.includes(value) ? [...years] : [...years, value]
  options.sort((a, b) => b - a)
  return (
    <div className="field">
      <label htmlFor={id}>Năm</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {options.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  )
}
