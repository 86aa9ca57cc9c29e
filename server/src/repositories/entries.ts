// Figures as the write side reads and writes them: one unit's cells with who saved them last.
import { and, between, eq, isNotNull, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { Qualifier } from '@ldld/db/contracts'
import { figures, organisations, users } from '@ldld/db/schema'

export interface EntryRow {
  id: number
  year: number
  indicator: string
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  note: string | null
  illustrative: boolean
  updatedAt: string
  /** Username of whoever saved it last; null for seeded and imported rows. */
  updatedBy: string | null
}

export type FigureInsert = typeof figures.$inferInsert

/** A cell's new values; the flags say which changed, which decides what happens to its provenance. */
export interface FigureUpdate {
  actual: number | null
  target: number | null
  note: string | null
  actualChanged: boolean
  targetChanged: boolean
  updatedAt: string
  updatedBy: number
}

export function createEntryRepository(db: Db) {
  const ofUnit = db
    .select({
      id: figures.id,
      year: figures.year,
      indicator: figures.indicatorKey,
      actual: figures.actual,
      actualQualifier: figures.actualQualifier,
      target: figures.target,
      note: figures.note,
      illustrative: figures.illustrative,
      updatedAt: figures.updatedAt,
      updatedBy: users.username,
    })
    .from(figures)
    .leftJoin(users, eq(users.id, figures.updatedBy))
    .where(
      and(
        eq(figures.orgId, sql.placeholder('orgId')),
        between(figures.year, sql.placeholder('from'), sql.placeholder('to')),
      ),
    )
    .prepare()
  const targets = db
    .select({
      unit: organisations.code,
      indicator: figures.indicatorKey,
      year: figures.year,
      target: figures.target,
    })
    .from(figures)
    .innerJoin(organisations, eq(organisations.id, figures.orgId))
    .where(
      and(between(figures.year, sql.placeholder('from'), sql.placeholder('to')), isNotNull(figures.target)),
    )
    .prepare()
  const yearCells = db
    .select({
      id: figures.id,
      unit: organisations.code,
      indicator: figures.indicatorKey,
      actual: figures.actual,
      target: figures.target,
      note: figures.note,
    })
    .from(figures)
    .innerJoin(organisations, eq(organisations.id, figures.orgId))
    .where(eq(figures.year, sql.placeholder('year')))
    .prepare()
  const p = sql.placeholder
  const insert = db
    .insert(figures)
    .values({
      orgId: p('orgId'),
      indicatorKey: p('indicatorKey'),
      year: p('year'),
      actual: p('actual'),
      target: p('target'),
      note: p('note'),
      actualQualifier: 'exact',
      illustrative: false,
      updatedAt: p('updatedAt'),
      updatedBy: p('updatedBy'),
    })
    .prepare()
  // A typed actual replaces the stored one: it is exact, real and has no article behind it; a target
  // or a note alone leaves the actual's provenance (illustrative flag, source, quote) as it was.
  const whenActual = <T>(then: T, column: unknown) =>
    sql`CASE WHEN ${p('actualChanged')} THEN ${then} ELSE ${column} END`
  const update = db
    .update(figures)
    .set({
      actual: sql`${p('actual')}`,
      target: sql`${p('target')}`,
      note: sql`${p('note')}`,
      updatedAt: sql`${p('updatedAt')}`,
      updatedBy: sql`${p('updatedBy')}`,
      actualQualifier: whenActual(sql`'exact'`, figures.actualQualifier),
      illustrative: whenActual(sql`0`, figures.illustrative),
      sourceId: whenActual(sql`NULL`, figures.sourceId),
      quote: whenActual(sql`NULL`, figures.quote),
      statedPercent: sql`CASE WHEN ${p('actualChanged')} OR ${p('targetChanged')} THEN NULL ELSE ${figures.statedPercent} END`,
      targetDerived: sql`CASE WHEN ${p('targetChanged')} THEN 0 ELSE ${figures.targetDerived} END`,
    })
    .where(eq(figures.id, p('id')))
    .prepare()
  const filled = db
    .select({ unit: organisations.code, indicator: figures.indicatorKey })
    .from(figures)
    .innerJoin(organisations, eq(organisations.id, figures.orgId))
    .where(and(eq(figures.year, sql.placeholder('year')), isNotNull(figures.actual)))
    .prepare()

  return {
    /** One unit's figures from `from` to `to` (the report's year and the one before). */
    ofUnit(orgId: number, from: number, to: number): EntryRow[] {
      return ofUnit.all({ orgId, from, to })
    },
    /** Every target set in the years `from`..`to`, for the city's target grid. */
    targets(
      from: number,
      to: number,
    ): Array<{ unit: string; indicator: string; year: number; target: number | null }> {
      return targets.all({ from, to })
    },
    /** Every stored cell of a year with its row id (the target grid's save compares against these). */
    yearCells(year: number): Array<{
      id: number
      unit: string
      indicator: string
      actual: number | null
      target: number | null
      note: string | null
    }> {
      return yearCells.all({ year })
    },
    /** Unit × indicator pairs of a year that hold an actual value (how complete each report is). */
    filled(year: number): Array<{ unit: string; indicator: string }> {
      return filled.all({ year })
    },
    /** A new cell typed by a user: exact, not illustrative, no source. */
    insert(
      row: Pick<
        FigureInsert,
        'orgId' | 'indicatorKey' | 'year' | 'actual' | 'target' | 'note' | 'updatedAt' | 'updatedBy'
      >,
    ): void {
      insert.run(row)
    },
    update(id: number, cell: FigureUpdate): void {
      update.run({
        ...cell,
        id,
        actualChanged: cell.actualChanged ? 1 : 0,
        targetChanged: cell.targetChanged ? 1 : 0,
      })
    },
  }
}

export type EntryRepository = ReturnType<typeof createEntryRepository>
