// Writes changed cells and their history rows. Shared by the report form and the target grid, so a
// value entered either way is stored and recorded the same way.
import { historyText } from './report-view.ts'
import type { Repositories } from '../repositories/index.ts'

export interface CellValues {
  actual: number | null
  target: number | null
  note: string | null
}

export interface CellChange {
  indicator: string
  /** The stored figure's id; null when the cell has no row yet. */
  figureId: number | null
  old: CellValues
  next: CellValues
  fields: ReadonlyArray<keyof CellValues>
}

export interface WriteContext {
  orgId: number
  year: number
  userId: number
  at: string
}

export function writeCells(repos: Repositories, ctx: WriteContext, changes: readonly CellChange[]): void {
  const { orgId, year, userId, at } = ctx
  for (const change of changes) {
    const { next, fields } = change
    if (change.figureId === null) {
      repos.entries.insert({
        orgId,
        indicatorKey: change.indicator,
        year,
        ...next,
        updatedAt: at,
        updatedBy: userId,
      })
    } else {
      repos.entries.update(change.figureId, {
        ...next,
        actualChanged: fields.includes('actual'),
        targetChanged: fields.includes('target'),
        updatedAt: at,
        updatedBy: userId,
      })
    }
  }
  repos.history.insert(
    changes.flatMap((change) =>
      change.fields.map((field) => ({
        at,
        userId,
        orgId,
        year,
        indicatorKey: change.indicator,
        field,
        oldValue: historyText(change.old[field]),
        newValue: historyText(change.next[field]),
        note: change.next.note,
      })),
    ),
  )
}
