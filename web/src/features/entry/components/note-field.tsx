import type { CheckIssue } from '@ldld/db/contracts'

interface NoteFieldProps {
  id: string
  text: string
  readOnly: boolean
  /** Warnings of this value: each asks for a note, and reads as explained once there is one. */
  warnings: readonly CheckIssue[]
  onChange: (text: string) => void
}

const ASK = /\s*Cần ghi chú giải thích\.?$/

export function NoteField({ id, text, readOnly, warnings, onChange }: NoteFieldProps) {
  const ids = warnings.map((_, i) => `${id}-warning-${i}`)
  const needsNote = warnings.some((w) => !w.explained)
  return (
    <div className="entry-field entry-field--note">
      <label htmlFor={id}>
        Ghi chú{needsNote && <span className="entry-field__needed"> (cần giải thích)</span>}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        data-entry="note"
        maxLength={2000}
        value={text}
        readOnly={readOnly}
        aria-describedby={ids.length > 0 ? ids.join(' ') : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {warnings.map((warning, i) =>
        warning.explained ? (
          <p key={warning.code} id={ids[i]} className="form-field__ok">
            <span aria-hidden="true">✓ </span>
            {warning.message.replace(ASK, '')} Đã có ghi chú giải thích.
          </p>
        ) : (
          <p key={warning.code} id={ids[i]} className="form-field__warning">
            <span aria-hidden="true">⚠ </span>
            {warning.message}
          </p>
        ),
      )}
    </div>
  )
}
