// The append-only change log. Only INSERT and SELECT live here: triggers refuse UPDATE and DELETE.
import { and, desc, eq, lt, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { ChangeOrigin, HistoryEntry } from '@ldld/db/contracts'
import { history, organisations, users } from '@ldld/db/schema'

export type NewHistory = Omit<
  typeof history.$inferInsert,
  'id' | 'origin' | 'originFile' | 'originSheet' | 'originCell' | 'originQuote' | 'originPeriod'
> & { origin: ChangeOrigin }

type HistoryRow = Omit<HistoryEntry, 'origin'> & {
  origin: ChangeOrigin['kind']
  originFile: string | null
  originSheet: string | null
  originCell: string | null
  originQuote: string | null
  originPeriod: 'year' | 'part_year' | 'multi_year' | null
}

/** The stored origin columns as the contract's origin (a row missing its details reads as the form). */
function originOf(row: HistoryRow): ChangeOrigin {
  if (row.origin === 'file' && row.originFile !== null && row.originCell !== null)
    return { kind: 'file', file: row.originFile, sheet: row.originSheet, cell: row.originCell }
  if (row.origin === 'text' && row.originQuote !== null)
    return { kind: 'text', quote: row.originQuote, period: row.originPeriod ?? 'year' }
  if (row.origin === 'confirm') return { kind: 'confirm' }
  return { kind: 'form' }
}

function toEntry(row: HistoryRow): HistoryEntry {
  const { id, at, user, userRole, unit, year, indicator, field, oldValue, newValue } = row
  const { oldQualifier, newQualifier, note } = row
  return {
    id,
    at,
    user,
    userRole,
    unit,
    year,
    indicator,
    field,
    oldValue,
    newValue,
    oldQualifier,
    newQualifier,
    note,
    origin: originOf(row),
  }
}

export function createHistoryRepository(db: Db) {
  const p = sql.placeholder
  const columns = {
    id: history.id,
    at: history.at,
    // Display name only: usernames are sign-in secrets half-known, not something to show other units.
    user: users.displayName,
    userRole: users.role,
    unit: organisations.code,
    year: history.year,
    indicator: history.indicatorKey,
    field: history.field,
    oldValue: history.oldValue,
    newValue: history.newValue,
    oldQualifier: history.oldQualifier,
    newQualifier: history.newQualifier,
    note: history.note,
    origin: history.origin,
    originFile: history.originFile,
    originSheet: history.originSheet,
    originCell: history.originCell,
    originQuote: history.originQuote,
    originPeriod: history.originPeriod,
  }
  const page = (where: ReturnType<typeof and>) =>
    db
      .select(columns)
      .from(history)
      .innerJoin(organisations, eq(organisations.id, history.orgId))
      .leftJoin(users, eq(users.id, history.userId))
      .where(where)
      .orderBy(desc(history.id))
      .limit(p('limit'))
      .prepare()
  const report = and(eq(history.orgId, p('orgId')), eq(history.year, p('year')), lt(history.id, p('before')))
  const ofReport = page(report)
  const ofIndicator = page(and(report, eq(history.indicatorKey, p('indicator'))))

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
      oldQualifier: p('oldQualifier'),
      newQualifier: p('newQualifier'),
      note: p('note'),
      origin: p('origin'),
      originFile: p('originFile'),
      originSheet: p('originSheet'),
      originCell: p('originCell'),
      originQuote: p('originQuote'),
      originPeriod: p('originPeriod'),
    })
    .prepare()

  return {
    /** One prepared INSERT per row: inside the caller's transaction that is cheaper than building SQL. */
    insert(rows: readonly NewHistory[]): void {
      for (const { origin, ...row } of rows) {
        insert.run({
          userId: null,
          indicatorKey: null,
          oldValue: null,
          newValue: null,
          oldQualifier: null,
          newQualifier: null,
          note: null,
          ...row,
          origin: origin.kind,
          originFile: origin.kind === 'file' ? origin.file : null,
          originSheet: origin.kind === 'file' ? origin.sheet : null,
          originCell: origin.kind === 'file' ? origin.cell : null,
          originQuote: origin.kind === 'text' ? origin.quote : null,
          originPeriod: origin.kind === 'text' ? origin.period : null,
        })
      }
    },
    /**
     * Newest first, at most `limit` entries with an id below `before` (the cursor of the page before);
     * one indicator's entries when `indicator` is given.
     */
    page(
      orgId: number,
      year: number,
      options: { indicator?: string; before?: number; limit: number },
    ): HistoryEntry[] {
      const args = { orgId, year, before: options.before ?? Number.MAX_SAFE_INTEGER, limit: options.limit }
      const rows =
        options.indicator === undefined
          ? ofReport.all(args)
          : ofIndicator.all({ ...args, indicator: options.indicator })
      return rows.map(toEntry)
    },
  }
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>
