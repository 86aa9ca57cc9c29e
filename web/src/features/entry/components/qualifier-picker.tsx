import { QUALIFIERS, type Qualifier } from '@ldld/db/contracts'
import { QUALIFIER_CHOICES } from '../model/qualifier.ts'

interface QualifierPickerProps {
  id: string
  /** What the picker is about, for its accessible name ("Cách nêu: Chi chăm lo"). */
  label: string
  value: Qualifier
  /** No number yet: a bound of nothing means nothing. */
  disabled: boolean
  onChange: (qualifier: Qualifier) => void
}

/** "chính xác / hơn (ít nhất) / gần (nhiều nhất) / khoảng", beside the actual it qualifies. */
export function QualifierPicker({ id, label, value, disabled, onChange }: QualifierPickerProps) {
  return (
    <select
      id={id}
      className="entry-qualifier"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as Qualifier)}
    >
      {QUALIFIERS.map((q) => (
        <option key={q} value={q}>
          {QUALIFIER_CHOICES[q]}
        </option>
      ))}
    </select>
  )
}
