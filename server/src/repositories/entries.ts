// Figures as the write side reads and writes them: whole cells with their provenance, per-field
// revisions and who saved them last. What an edit does to a cell is decided by the contracts'
// applyEdit; this file only stores the cell it returns.
import { and, between, eq, isNotNull, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { ProvenanceCell } from '@ldld/db/contracts'
import { figureRevisions, figures, organisations, users } from '@ldld/db/schema'

/** The report version at which each field last changed. */
export interface CellRevisions {
  actualRev: number
  targetRev: number
  noteRev: number
}

export interface EntryRow extends ProvenanceCell, CellRevisions {
  id: number
  unit: string
  year: number
  indicator: string
  updatedAt: string
  /** Display name of whoever saved it last; null for seeded and imported rows. */
  updatedBy: string | null
}

export interface StoredCell extends ProvenanceCell, CellRevisions {
  updatedAt: string
  updatedBy: number
}

function columns() {
  return {
    id: figures.id,
    unit: organisations.code,
    year: figures.year,
    indicator: figures.indicatorKey,
    actual: figures.actual,
    actualQualifier: figures.actualQualifier,
    target: figures.target,
    targetDerived: figures.targetDerived,
    statedPercent: figures.statedPercent,
    note: figures.note,
    illustrative: figures.illustrative,
    // No revisions row (a seeded cell nobody has edited): the row's flag speaks for its target too,
    // and no field has moved since revision 0.
    targetIllustrative:
      sql<boolean>`coalesce(${figureRevisions.targetIllustrative}, ${figures.illustrative})`.mapWith(Boolean),
    sourceId: figures.sourceId,
    quote: figures.quote,
    period: figures.period,
    timing: figures.timing,
    actualRev: sql<number>`coalesce(${figureRevisions.actualRev}, 0)`.mapWith(Number),
    targetRev: sql<number>`coalesce(${figureRevisions.targetRev}, 0)`.mapWith(Number),
    noteRev: sql<number>`coalesce(${figureRevisions.noteRev}, 0)`.mapWith(Number),
    updatedAt: figures.updatedAt,
    updatedBy: users.displayName,
  }
}

export function createEntryRepository(db: Db) {
  const p = sql.placeholder
  const select = () =>
    db
      .select(columns())
      .from(figures)
      .innerJoin(organisations, eq(organisations.id, figures.orgId))
      .leftJoin(figureRevisions, eq(figureRevisions.figureId, figures.id))
      .leftJoin(users, eq(users.id, figures.updatedBy))
  const ofUnit = select()
    .where(and(eq(figures.orgId, p('orgId')), between(figures.year, p('from'), p('to'))))
    .prepare()
  const ofYear = select()
    .where(eq(figures.year, p('year')))
    .prepare()
  const targets = select()
    .where(and(between(figures.year, p('from'), p('to')), isNotNull(figures.target)))
    .prepare()
  const cellValues = {
    actual: p('actual'),
    actualQualifier: p('actualQualifier'),
    target: p('target'),
    targetDerived: p('targetDerived'),
    statedPercent: p('statedPercent'),
    note: p('note'),
    illustrative: p('illustrative'),
    sourceId: p('sourceId'),
    quote: p('quote'),
    period: p('period'),
    timing: p('timing'),
    updatedAt: p('updatedAt'),
    updatedBy: p('updatedBy'),
  }
  const insert = db
    .insert(figures)
    .values({ orgId: p('orgId'), indicatorKey: p('indicatorKey'), year: p('year'), ...cellValues })
    .returning({ id: figures.id })
    .prepare()
  const update = db
    .update(figures)
    .set(Object.fromEntries(Object.entries(cellValues).map(([k, v]) => [k, sql`${v}`])))
    .where(eq(figures.id, p('id')))
    .prepare()
  const revisions = {
    actualRev: p('actualRev'),
    targetRev: p('targetRev'),
    noteRev: p('noteRev'),
    targetIllustrative: p('targetIllustrative'),
  }
  const saveRevisions = db
    .insert(figureRevisions)
    .values({ figureId: p('id'), ...revisions })
    .onConflictDoUpdate({
      target: figureRevisions.figureId,
      set: Object.fromEntries(Object.entries(revisions).map(([k, v]) => [k, sql`${v}`])),
    })
    .prepare()
  const filled = db
    .select({ unit: organisations.code, indicator: figures.indicatorKey })
    .from(figures)
    .innerJoin(organisations, eq(organisations.id, figures.orgId))
    .where(and(eq(figures.year, p('year')), isNotNull(figures.actual)))
    .prepare()

  // SQLite stores booleans as 0/1 and drizzle's placeholders pass values through as they are.
  const params = (cell: StoredCell) => ({
    ...cell,
    targetDerived: cell.targetDerived ? 1 : 0,
    illustrative: cell.illustrative ? 1 : 0,
    targetIllustrative: cell.targetIllustrative ? 1 : 0,
  })

  return {
    /** One unit's figures from `from` to `to` (the report's year and the one before). */
    ofUnit(orgId: number, from: number, to: number): EntryRow[] {
      return ofUnit.all({ orgId, from, to })
    },
    /** Every stored cell of a year (the target grid's save compares against these). */
    ofYear(year: number): EntryRow[] {
      return ofYear.all({ year })
    },
    /** Every cell with a target in the years `from`..`to`, for the city's target grid. */
    targets(from: number, to: number): EntryRow[] {
      return targets.all({ from, to })
    },
    /** Unit × indicator pairs of a year that hold an actual value (how complete each report is). */
    filled(year: number): Array<{ unit: string; indicator: string }> {
      return filled.all({ year })
    },
    insert(at: { orgId: number; indicatorKey: string; year: number }, cell: StoredCell): void {
      const row = insert.get({ ...at, ...params(cell) })
      if (!row) throw new Error('figure was not inserted')
      saveRevisions.run({ id: row.id, ...params(cell) })
    },
    update(id: number, cell: StoredCell): void {
      update.run({ id, ...params(cell) })
      saveRevisions.run({ id, ...params(cell) })
    },
  }
}

export type EntryRepository = ReturnType<typeof createEntryRepository>
