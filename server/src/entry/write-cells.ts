// Edits of cells, shared by the report form, the target grid and (issue 9) imports, so a value
// entered any way is checked for conflicts, stored and recorded the same way: plan (pure) → find
// conflicts per cell → write the cells and one history row per changed field.
import {
  applyEdit,
  type CellEdit,
  type ConflictCell,
  type EditResult,
  type FieldChange,
  type ProvenanceCell,
} from '@ldld/db/contracts'
import type { EntryRow, Repositories } from '../repositories/index.ts'

export interface PlannedCell {
  unit: string
  indicator: string
  /** The stored row; undefined when the cell has none yet. */
  stored: EntryRow | undefined
  result: EditResult
}

function provenanceOf(row: EntryRow | undefined): ProvenanceCell | null {
  if (!row) return null
  const { actual, actualQualifier, target, targetDerived, statedPercent, note } = row
  const { illustrative, targetIllustrative, sourceId, quote, period, timing } = row
  return {
    period,
    timing,
    actual,
    actualQualifier,
    target,
    targetDerived,
    statedPercent,
    note,
    illustrative,
    targetIllustrative,
    sourceId,
    quote,
  }
}

/** What each edit makes of its cell; writes nothing. Edits that change nothing are left out. */
export function planEdits(
  unit: string,
  stored: ReadonlyMap<string, EntryRow>,
  edits: ReadonlyArray<{ indicator: string; edit: CellEdit }>,
): PlannedCell[] {
  return edits
    .map(({ indicator, edit }) => {
      const row = stored.get(indicator)
      return { unit, indicator, stored: row, result: applyEdit(provenanceOf(row), edit) }
    })
    .filter((p) => p.result.changes.length > 0)
}

const REV = { actual: 'actualRev', target: 'targetRev', note: 'noteRev' } as const

const valueOf = (change: FieldChange, side: 'old' | 'new') => change[side]

/**
 * The cells a write based on `version` would overwrite: a field it changes that someone changed
 * after that version. Fields it does not change may have moved freely (issue 7.20).
 */
export function conflictsOf(planned: readonly PlannedCell[], version: number): ConflictCell[] {
  return planned.flatMap(({ unit, indicator, stored, result }) =>
    result.changes
      .filter((c) => stored !== undefined && stored[REV[c.field]] > version)
      .map((c) => ({
        unit,
        indicator,
        field: c.field,
        yours: valueOf(c, 'new'),
        theirs: valueOf(c, 'old'),
        by: stored?.updatedBy ?? null,
        at: stored?.updatedAt ?? null,
      })),
  )
}

export interface WriteContext {
  orgId: number
  year: number
  userId: number
  at: string
  /** The report version this write produces: the revision of every field it changes. */
  revision: number
}

export function writeCells(repos: Repositories, ctx: WriteContext, planned: readonly PlannedCell[]): void {
  const { orgId, year, userId, at, revision } = ctx
  for (const { indicator, stored, result } of planned) {
    const moved = new Set(result.changes.map((c) => c.field))
    const rev = (field: keyof typeof REV) => (moved.has(field) ? revision : (stored?.[REV[field]] ?? 0))
    const cell = {
      ...result.cell,
      actualRev: rev('actual'),
      targetRev: rev('target'),
      noteRev: rev('note'),
      updatedAt: at,
      updatedBy: userId,
    }
    if (stored) repos.entries.update(stored.id, cell)
    else repos.entries.insert({ orgId, indicatorKey: indicator, year }, cell)
  }
  repos.history.insert(
    planned.flatMap(({ indicator, result }) =>
      result.changes.map((change) => ({
        at,
        userId,
        orgId,
        year,
        indicatorKey: indicator,
        field: change.field,
        oldValue: historyText(change.old),
        newValue: historyText(change.new),
        oldQualifier: change.oldQualifier,
        newQualifier: change.newQualifier,
        note: result.cell.note,
        origin: change.origin,
      })),
    ),
  )
}

/** History stores values as text: digits without separators, null for "no value". */
export function historyText(value: number | string | null): string | null {
  return value === null ? null : String(value)
}
