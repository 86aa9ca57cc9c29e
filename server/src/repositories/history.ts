// The append-only change log. Only INSERT and SELECT live here: triggers refuse UPDATE and DELETE.
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { HistoryEntry } from '@ldld/db/contracts'
import { history, organisations, users } from '@ldld/db/schema'

export type NewHistory = Required<Omit<typeof history.$inferInsert, 'id'>>

export function createHistoryRepository(db: Db) {
  const columns = {
    id: history.id,
    at: history.at,
    user: users.username,
    userRole: users.role,
    unit: organisations.code,
    year: history.year,
    indicator: history.indicatorKey,
    field: history.field,
    oldValue: history.oldValue,
    newValue: history.newValue,
    note: history.note,
  }
  const base = () =>
    db
      .select(columns)
      .from(history)
      .innerJoin(organisations, eq(organisations.id, history.orgId))
      .leftJoin(users, eq(users.id, history.userId))
  const ofReport = base()
    .where(and(eq(history.orgId, sql.placeholder('orgId')), eq(history.year, sql.placeholder('year'))))
    .orderBy(desc(history.id))
    .prepare()
  const ofIndicator = base()
    .where(
      and(
        eq(history.orgId, sql.placeholder('orgId')),
        eq(history.year, sql.placeholder('year')),
        eq(history.indicatorKey, sql.placeholder('indicator')),
      ),
    )
    .orderBy(desc(history.id))
    .prepare()

  const p = sql.placeholder
  const insert = db
    .insert(history)
    .values({
      at: p('at'),
      userId: p('userId'),
      orgId: p('orgId'),
      year: p('year'),
      indicatorKey: p('indicatorKey'),
      field: p('field'),
      oldValue: p('oldValue'),
      newValue: p('newValue'),
      note: p('note'),
    })
    .prepare()

  return {
    /** One prepared INSERT per row: inside the caller's transaction that is cheaper than building SQL. */
    insert(rows: readonly NewHistory[]): void {
      for (const row of rows) insert.run(row)
    },
    /** Newest first; one indicator's entries when `indicator` is given. */
    list(orgId: number, year: number, indicator?: string): HistoryEntry[] {
      return indicator === undefined
        ? ofReport.all({ orgId, year })
        : ofIndicator.all({ orgId, year, indicator })
    },
  }
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>
