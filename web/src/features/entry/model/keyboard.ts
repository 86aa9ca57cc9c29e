import type { KeyboardEvent } from 'react'

/**
 * Enter in a field of the entry form moves to the next figure field (skipping notes and read-only
 * fields), as a spreadsheet would; Enter in the last one saves. Tab keeps its usual order.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLFormElement>, save: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return
  const current = event.target
  if (!(current instanceof HTMLInputElement) || !current.dataset.entry) return
  event.preventDefault()
  const fields = [
    ...event.currentTarget.querySelectorAll<HTMLInputElement>('input[data-entry="value"]:not([readonly])'),
  ]
  const next = fields.find((f) => current.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING)
  if (next) {
    next.focus()
    next.select()
  } else {
    current.blur()
    current.focus()
    save()
  }
}
