import { PLAN_YEAR_LABEL } from '@ldld/db/contracts'

interface YearSelectProps {
  years: readonly number[]
  value: number
  onChange: (year: number) => void
  /** Years with targets but no reported figures yet: offered, marked "(kế hoạch)". */
  planYears?: readonly number[]
  id?: string
}

/** Native select (keyboard and screen readers for free); the chosen year lives in the URL. */
export function YearSelect({ years, value, onChange, planYears = [], id = 'year-select' }: YearSelectProps) {
  const options = years.includes(value) ? [...years] : [...years, value]
  options.sort((a, b) => b - a)
  return (
    <div className="field">
      <label htmlFor={id}>Năm</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {options.map((year) => (
          <option key={year} value={year}>
            {planYears.includes(year) ? `${year} (${PLAN_YEAR_LABEL})` : year}
          </option>
        ))}
      </select>
    </div>
  )
}
