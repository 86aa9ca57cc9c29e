// 85 to 126 units in one chart cannot keep every label legible at 1366×768 or on a projector: a list
// longer than LONG_LIST shows its top and bottom WINDOW rows, with "Xem tất cả" for the rest.

/** Up to this many rows a chart shows them all (the 30 districts did). */
export const LONG_LIST = 30
/** Rows shown at each end of a longer list. */
export const WINDOW = 10

export interface ListWindow<T> {
  top: T[]
  bottom: T[]
  /** Rows with a value left out between the two ends. */
  hidden: number
  /** Rows without a value (not reported, not ranked): listed in the table, never drawn. */
  missing: number
}

/**
 * The ends of a ranked list (best first). Rows without a value are counted, not drawn. `expanded`
 * (or a short list) keeps every valued row in `top`.
 */
export function listWindow<T>(
  rows: readonly T[],
  hasValue: (row: T) => boolean,
  expanded: boolean,
): ListWindow<T> {
  const valued = rows.filter(hasValue)
  const missing = rows.length - valued.length
  if (expanded || valued.length <= 2 * WINDOW + 2 || rows.length <= LONG_LIST)
    return { top: valued, bottom: [], hidden: 0, missing }
  return {
    top: valued.slice(0, WINDOW),
    bottom: valued.slice(-WINDOW),
    hidden: valued.length - 2 * WINDOW,
    missing,
  }
}

/** Whether a list is long enough to be windowed. */
export function isLongList(count: number): boolean {
  return count > LONG_LIST
}
