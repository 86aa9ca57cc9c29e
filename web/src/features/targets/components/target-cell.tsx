import type { ClipboardEvent, KeyboardEvent } from 'react'
import type { UnitKind } from '@ldld/db/contracts'
import { reformat } from '../../../lib/figure-text.ts'

/** One element says "dữ liệu minh họa" for every marked cell (an 800-cell grid stays light). */
export const MH_NOTE_ID = 'targets-mh-note'

interface TargetCellProps {
  id: string
  /** Position in the grid as shown, for Enter to find the cell below. */
  row: number
  col: number
  label: string
  kind: UnitKind
  text: string
  error: string | undefined
  locked: boolean
  changed: boolean
  /** The stored target is invented demo data ("mh" while it is what the cell shows). */
  illustrative: boolean
  onChange: (text: string) => void
  /** Several lines or columns pasted: the grid fills down and right from here. */
  onPasteMany: (text: string) => void
}

/** Enter goes down the column, like a spreadsheet. */
function enterGoesDown(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter') return
  event.preventDefault()
  const { row, col } = event.currentTarget.dataset
  const below = document.querySelector<HTMLInputElement>(
    `input[data-col="${col ?? ''}"][data-row="${Number(row) + 1}"]`,
  )
  below?.focus()
  below?.select()
}

/** A cell of the grid: one input in its <td>; the "mh" mark and the change are the cell's classes. */
export function TargetCell({
  id,
  row,
  col,
  label,
  kind,
  text,
  error,
  locked,
  changed,
  illustrative,
  onChange,
  onPasteMany,
}: TargetCellProps) {
  const marked = illustrative && !changed && text !== ''
  const described = [error ? `${id}-error` : null, marked ? MH_NOTE_ID : null].filter(Boolean).join(' ')
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain')
    if (!/[\n\t]/.test(pasted.replace(/[\r\n]+$/, ''))) return // one value: an ordinary paste
    event.preventDefault()
    onPasteMany(pasted)
  }
  const className = [
    'target-td',
    kind === 'money' && 'target-td--money',
    marked && 'target-td--mh',
    changed && 'target-td--changed',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <td className={className}>
      <input
        id={id}
        data-row={row}
        data-col={col}
        type="text"
        inputMode={kind === 'money' ? 'text' : 'numeric'}
        autoComplete="off"
        value={text}
        readOnly={locked}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => onChange(reformat(text, kind))}
        onPaste={onPaste}
        onKeyDown={enterGoesDown}
      />
      {error && (
        <span id={`${id}-error`} className="target-cell__error">
          {error}
        </span>
      )}
    </td>
  )
}
