// The answers a page drawn on the server carries to the browser (web/src/entry-server.tsx → main.tsx):
// TanStack Query's dehydrated state, with the cells of dashboards and series in their wire form
// (fields at their default left out, as the API sends them), so the page does not carry a dashboard
// twice its size. Filling them back is the contracts' own `cellWithDefaults`, without a schema pass.
import { cellWithDefaults, slimCell, type Cell, type WireCell } from '@ldld/db/contracts'

type WithCells<C> = { cells: C[] }

function hasCells(data: unknown): data is WithCells<unknown> {
  return typeof data === 'object' && data !== null && Array.isArray((data as { cells?: unknown }).cells)
}

/** `dehydrate`'s serializeData: an answer with cells sends them slim. */
export function slimAnswer(data: unknown): unknown {
  if (!hasCells(data)) return data
  return { ...data, cells: (data.cells as Cell[]).map(slimCell) }
}

/** `hydrate`'s deserializeData: the cells whole again, exactly as the contract decodes them. */
export function fullAnswer(data: unknown): unknown {
  if (!hasCells(data)) return data
  return { ...data, cells: (data.cells as WireCell[]).map(cellWithDefaults) }
}
