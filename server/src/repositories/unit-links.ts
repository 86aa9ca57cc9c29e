// What else points at a unit: predecessor links (2025 unions ← old federations) and the years in
// which figures, targets, reports or history exist for it. An import uses these to refuse a change
// that would leave figures outside a unit's validity period or delete a unit that still has them.
import { eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '@ldld/db/client'
import type { PredecessorLink } from '@ldld/db/contracts'
import { organisationPredecessors, organisations } from '@ldld/db/schema'

export interface UnitUsage {
  /** Years with a figures row (actual, target or note), a report or a history entry. */
  years: number[]
  users: number
}

export function createUnitLinkRepository(db: Db) {
  const unit = alias(organisations, 'unit')
  const predecessor = alias(organisations, 'predecessor')
  const links = db
    .select({
      unit: unit.code,
      predecessor: predecessor.code,
      illustrative: organisationPredecessors.illustrative,
    })
    .from(organisationPredecessors)
    .innerJoin(unit, eq(unit.id, organisationPredecessors.orgId))
    .innerJoin(predecessor, eq(predecessor.id, organisationPredecessors.predecessorId))
    .orderBy(unit.code, predecessor.code)
    .prepare()
  // One pass over each table; the history table is append-only and counts as data to protect.
  const usedYears = db.$client.prepare<[], { orgId: number; year: number }>(
    `SELECT org_id AS orgId, year FROM figures
     UNION SELECT org_id, year FROM reports
     UNION SELECT org_id, year FROM history`,
  )
  const userCounts = db.$client.prepare<[], { orgId: number; n: number }>(
    'SELECT org_id AS orgId, count(*) AS n FROM users WHERE org_id IS NOT NULL GROUP BY org_id',
  )

  const linksOfUnit = db.$client.prepare<
    [number, number],
    { code: string; illustrative: number; side: string }
  >(
    `SELECT o.code AS code, l.illustrative AS illustrative, 'predecessor' AS side
       FROM organisation_predecessors l JOIN organisations o ON o.id = l.predecessor_id WHERE l.org_id = ?
     UNION ALL
     SELECT o.code, l.illustrative, 'successor'
       FROM organisation_predecessors l JOIN organisations o ON o.id = l.org_id WHERE l.predecessor_id = ?
     ORDER BY code`,
  )

  return {
    /** The units `orgId` took members over from, and those that took over its members. */
    linksOf(orgId: number): {
      predecessors: Array<{ code: string; illustrative: boolean }>
      successors: Array<{ code: string; illustrative: boolean }>
    } {
      const rows = linksOfUnit.all(orgId, orgId)
      const side = (name: string) =>
        rows.filter((r) => r.side === name).map((r) => ({ code: r.code, illustrative: r.illustrative === 1 }))
      return { predecessors: side('predecessor'), successors: side('successor') }
    },
    predecessorLinks(): PredecessorLink[] {
      return links.all()
    },
    /** Usage per unit id; units with nothing attached are absent. */
    usage(): Map<number, UnitUsage> {
      const usage = new Map<number, UnitUsage>()
      const of = (id: number) => {
        const found = usage.get(id) ?? { years: [], users: 0 }
        usage.set(id, found)
        return found
      }
      for (const row of usedYears.all()) of(row.orgId).years.push(row.year)
      for (const row of userCounts.all()) of(row.orgId).users = row.n
      for (const u of usage.values()) u.years.sort((a, b) => a - b)
      return usage
    },
    /** Replaces the predecessors of `orgId` (an import states the whole list of a unit). */
    setPredecessors(orgId: number, predecessorIds: readonly number[], illustrative = false): void {
      db.delete(organisationPredecessors).where(eq(organisationPredecessors.orgId, orgId)).run()
      for (const predecessorId of predecessorIds) {
        db.insert(organisationPredecessors).values({ orgId, predecessorId, illustrative }).run()
      }
    },
    /** Drops every link from or to a unit, before the unit itself is deleted. */
    unlink(orgId: number): void {
      db.delete(organisationPredecessors)
        .where(
          sql`${organisationPredecessors.orgId} = ${orgId} OR ${organisationPredecessors.predecessorId} = ${orgId}`,
        )
        .run()
    },
  }
}

export type UnitLinkRepository = ReturnType<typeof createUnitLinkRepository>
