// The answers a page drawn on the server carries to the browser (web/src/entry-server.tsx → main.tsx):
// TanStack Query's dehydrated state, with cells in the wire form the API sends, so the page does not
// carry a dashboard several times its size: a dashboard's cells as a grid of columns (`gridOfCells`,
// "Compact cells"), a series' cells slim (fields at their default left out, `slimCell`). Filling them
// back is the contracts' own `cellsOfGrid` / `cellWithDefaults`, without a schema pass.
import {
  cellsOfGrid,
  cellWithDefaults,
  gridOfCells,
  slimCell,
  type Cell,
  type CellGrid,
  type WireCell,
} from '@ldld/db/contracts'

type WithCells<C> = { cells: C }

function hasCells(data: unknown): data is WithCells<unknown> {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { cells?: unknown }).cells === 'object' &&
    (data as { cells?: unknown }).cells !== null
  )
}

/** A dashboard's answer (the one answer whose cells the API sends as a grid): its page and indicators. */
function isDashboard(data: object): boolean {
  const answer = data as Record<string, unknown>
  return (
    Array.isArray(answer['indicators']) &&
    Array.isArray(answer['units']) &&
    Array.isArray(answer['unitReports']) &&
    typeof answer['page'] === 'object'
  )
}

/**
 * A dashboard's cells as columns, as the API sends them; any other answer's cells (a series, a
 * ranking, the targets grid) slim. A dashboard whose cells are not a grid (never, as built) goes slim
 * too: `fullAnswer` reads both forms.
 */
function wireCells(data: object, cells: Cell[]): CellGrid | WireCell[] {
  if (isDashboard(data)) {
    try {
      return gridOfCells(cells)
    } catch {
      // not a grid: sent slim below
    }
  }
  return cells.map(slimCell)
}

/** `dehydrate`'s serializeData: an answer with cells sends them in their wire form. */
export function slimAnswer(data: unknown): unknown {
  if (!hasCells(data) || !Array.isArray(data.cells)) return data
  return { ...data, cells: wireCells(data, data.cells as Cell[]) }
}

/** `hydrate`'s deserializeData: the cells whole again, exactly as the contract decodes them. */
export function fullAnswer(data: unknown): unknown {
  if (!hasCells(data)) return data
  const cells = Array.isArray(data.cells)
    ? (data.cells as WireCell[]).map(cellWithDefaults)
    : cellsOfGrid(data.cells as CellGrid)
  return { ...data, cells }
}
