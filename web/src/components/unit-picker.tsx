import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import type { PickerGroup } from '../lib/org-names.ts'
import { unitMatches } from '../lib/unit-rows.ts'

interface UnitPickerProps {
  /** The select's id (the label points at it). */
  id: string
  groups: readonly PickerGroup[]
  current: string | undefined
  hrefFor: (code: string) => string
}

/**
 * The header's unit picker for 30 to 126 units: a search box (diacritics optional: "hai ba" finds
 * "Hai Bà Trưng", and a code works too) narrows a native select grouped by period; the select or
 * Enter in the search box, then "Xem", opens the unit. Arrow keys in the select never leave the page
 * (WCAG 3.2.2 On Input).
 */
export function UnitPicker({ id, groups, current, hrefFor }: UnitPickerProps) {
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [value, setValue] = useState(current ?? '')
  const shown = groups
    .map((group) => ({
      ...group,
      options: group.options.filter((option) => unitMatches(option.unit, option.label, query)),
    }))
    .filter((group) => group.options.length > 0)
  const matches = shown.flatMap((group) => group.options)
  // What "Xem" opens: the choice if it is still shown, else the first match of the search.
  const target = matches.some((o) => o.value === value) ? value : query ? (matches[0]?.value ?? '') : ''
  const loading = groups.length === 0
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (target) void navigate(hrefFor(target))
  }
  return (
    <form className="jump unit-picker" onSubmit={onSubmit} role="search" aria-label="Chọn đơn vị">
      <label htmlFor={id}>Đơn vị</label>
      <input
        id={`${id}-query`}
        className="unit-picker__query"
        type="search"
        autoComplete="off"
        placeholder="Tìm…"
        aria-label="Tìm đơn vị theo tên hoặc mã, không cần dấu"
        aria-controls={id}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <select id={id} value={target} onChange={(event) => setValue(event.target.value)} disabled={loading}>
        <option value="">
          {loading ? 'Đang tải…' : query ? `${matches.length} đơn vị khớp` : 'Chọn đơn vị'}
        </option>
        {shown.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" className="button button--small">
        Xem
      </button>
    </form>
  )
}
