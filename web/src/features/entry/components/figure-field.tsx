import type { ReactNode } from 'react'
import { ILLUSTRATIVE_LABEL, QUALIFIER_PREFIX, type Qualifier, type UnitKind } from '@ldld/db/contracts'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { formatMoneyExact } from '@ldld/db/format'
import { parseInput, reformat } from '../../../lib/figure-text.ts'

interface FigureFieldProps {
  id: string
  label: string
  kind: UnitKind
  unitLabel: string
  text: string
  readOnly: boolean
  /** Parse or check errors of this field, already worded. */
  error: string
  /** The stored value shown is invented demo data ("mh" beside the unit). */
  illustrative?: boolean
  /** More text describing the field (the illustrative note under it). */
  describedBy?: string | undefined
  /** How the number is stated ("hơn"…): said in the exact amount below, and before a read-only number. */
  qualifier?: Qualifier
  /** The qualifier picker, before the number it qualifies. */
  picker?: ReactNode
  onChange: (text: string) => void
}

/**
 * A figure typed the Vietnamese way ("2.352", "1 tỷ 250,3 triệu") and shown back formatted on blur.
 * Money shows its exact amount below, so "1,25 tỷ" is never mistaken for 125 triệu.
 */
export function FigureField({
  id,
  label,
  kind,
  unitLabel,
  text,
  readOnly,
  error,
  illustrative = false,
  describedBy,
  qualifier = 'exact',
  picker,
  onChange,
}: FigureFieldProps) {
  const parsed = parseInput(text, kind)
  const bound = QUALIFIER_PREFIX[qualifier]
  const exact =
    kind === 'money' && parsed.ok && parsed.value !== null ? formatMoneyExact(parsed.value, qualifier) : null
  // Read only, the word is text before the number ("hơn 11 tỷ 786,1 triệu"); editable, the picker says it.
  const word =
    !picker && bound ? (
      <span id={`${id}-qualifier`} className="entry-field__qualifier">
        {bound.trim()}
      </span>
    ) : null
  const described = [
    word ? `${id}-qualifier` : null,
    exact ? `${id}-hint` : null,
    error ? `${id}-error` : null,
    describedBy ?? null,
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`entry-field${error ? ' entry-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="entry-field__control">
        {picker}
        {word}
        <input
          id={id}
          type="text"
          // Money is typed with words ("tỷ", "triệu"): a digits-only phone keypad could not.
          inputMode={kind === 'money' ? 'text' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          data-entry="value"
          value={text}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => onChange(reformat(text, kind))}
        />
        {unitLabel && <span className="entry-field__unit">{unitLabel}</span>}
        {illustrative && (
          <>
            <IllustrativeMark />
            <span className="sr-only"> ({ILLUSTRATIVE_LABEL})</span>
          </>
        )}
      </div>
      {exact && (
        <p id={`${id}-hint`} className="form-field__hint">
          = {exact}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
    </div>
  )
}
