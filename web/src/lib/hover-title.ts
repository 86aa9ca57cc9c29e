import type { PointerEvent } from 'react'

/**
 * The tooltip of a dense table's cell, set when the pointer reaches it: the cell's words for screen
 * readers (its `.sr-only` sentence — unit, indicator, figures, status). Written once per cell into
 * the page instead of twice, the overview's 1.000-cell table arrives a third lighter on a phone
 * (issue 10 item 7); a mouse reader sees the same tooltip as before.
 */
export function titleFromDescription(event: PointerEvent<HTMLElement>): void {
  const cell = (event.target as Element).closest('td, th')
  const text = cell?.querySelector('.sr-only')?.textContent
  if (cell instanceof HTMLElement && text && cell.title !== text) cell.title = text
}
