// Report rows (one per unit × year): status, version and the last city decision's reason.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { ReportStatus } from '@ldld/db/contracts'
import { organisations, reports } from '@ldld/db/schema'

export interface ReportRow {
  id: number
  orgId: number
  year: number
  status: ReportStatus
  version: number
  reason: string | null
  updatedAt: string
  updatedBy: number | null
}

export type ReportChanges = Pick<ReportRow, 'status' | 'version' | 'reason' | 'updatedAt' | 'updatedBy'>

export function createReportRepository(db: Db) {
  const one = db
    .select()
    .from(reports)
    .where(and(eq(reports.orgId, sql.placeholder('orgId')), eq(reports.year, sql.placeholder('year'))))
    .prepare()
  const ofYear = db
    .select({
      unit: organisations.code,
      status: reports.status,
      version: reports.version,
      updatedAt: reports.updatedAt,
    })
    .from(reports)
    .innerJoin(organisations, eq(organisations.id, reports.orgId))
    .where(eq(reports.year, sql.placeholder('year')))
    .prepare()
  const create = db
    .insert(reports)
    .values({
      orgId: sql.placeholder('orgId'),
      year: sql.placeholder('year'),
      updatedAt: sql.placeholder('now'),
    })
    .onConflictDoNothing()
    .prepare()

  const p = sql.placeholder
  const save = db
    .update(reports)
    .set({
      status: sql`${p('status')}`,
      version: sql`${p('version')}`,
      reason: sql`${p('reason')}`,
      updatedAt: sql`${p('updatedAt')}`,
      updatedBy: sql`${p('updatedBy')}`,
    })
    .where(and(eq(reports.id, p('id')), eq(reports.version, p('expectedVersion'))))
    .prepare()

  return {
    find(orgId: number, year: number): ReportRow | undefined {
      return one.get({ orgId, year })
    },
    /** The report, created as a version-0 draft the first time anyone reads or writes it. */
    ensure(orgId: number, year: number, now: string): ReportRow {
      create.run({ orgId, year, now })
      const row = one.get({ orgId, year })
      if (!row) throw new Error(`report ${orgId}/${year} was not created`)
      return row
    },
    /** Compare-and-set on the version: false if someone else changed the report in between. */
    save(id: number, expectedVersion: number, changes: ReportChanges): boolean {
      const { status, version, reason, updatedAt, updatedBy } = changes
      return save.run({ id, expectedVersion, status, version, reason, updatedAt, updatedBy }).changes === 1
    },
    /** Status and version of every report of a year that exists, by unit code. */
    ofYear(year: number): Array<Pick<ReportRow, 'status' | 'version' | 'updatedAt'> & { unit: string }> {
      return ofYear.all({ year })
    },
  }
}

export type ReportRepository = ReturnType<typeof createReportRepository>
