import { Suspense, type ReactNode } from 'react'

/** Rows taken over by the browser in one go on a server-drawn page (of a table of a few columns). */
const ROWS_PER_SLICE = 10

/**
 * A long table body taken over a few rows at a time. On a page drawn by the server, React attaches
 * each Suspense boundary apart, in its own short task, instead of a thousand cells in one commit
 * that keeps a slow phone from answering a tap (issue 10 item 7). The rows and the DOM are exactly
 * those without it (a boundary draws no element; nothing here ever suspends); a page drawn in the
 * browser renders them as usual.
 */
export function HydrationSlices({
  rows,
  perSlice = ROWS_PER_SLICE,
}: {
  rows: readonly ReactNode[]
  /** Fewer rows per slice for rows of many inputs (the targets grid: ~40 inputs a slice). */
  perSlice?: number
}) {
  const slices: ReactNode[] = []
  const step = Math.max(1, Math.floor(perSlice))
  for (let from = 0; from < rows.length; from += step)
    slices.push(
      <Suspense key={from} fallback={null}>
        {rows.slice(from, from + step)}
      </Suspense>,
    )
  return slices
}
