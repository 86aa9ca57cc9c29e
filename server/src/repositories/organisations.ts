// Organisation units. Which units a year's dashboard shows is decided by validity dates, never by a
// fixed list: the 30 districts end on 2025-06-30 and the ward/commune unions start on 2025-10-01.
import { and, asc, eq, gte, inArray, isNull, lte, max, ne, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '@ldld/db/client'
import { existsInYear, type Organisation } from '@ldld/db/contracts'
import { organisations } from '@ldld/db/schema'

/** Kinds that partition the city's territory; sector unions are ranked elsewhere, if ever. */
const TERRITORIAL_KINDS = ['district', 'ward', 'commune'] as const

export type OrganisationRow = Organisation & { id: number }
/** The stored fields of a unit; `parentId` is the parent's row id. */
export type UnitFields = Omit<Organisation, 'parentCode'> & { parentId: number | null }

/** A level's children of some years, as rows and as the contract's units, in display order. */
export interface LevelChildren {
  rows: readonly OrganisationRow[]
  units: readonly Organisation[]
  /** Every child of the parent in any year (its other years too), in display order. */
  ever: readonly Organisation[]
}

/**
 * How many children are kept at once, over all levels and years (a national file: 3.321 units × 10
 * years, a few MB): beyond it the levels kept longest are read again.
 */
const KEPT_CHILDREN = 100_000

export function createOrganisationRepository(db: Db) {
  const parent = alias(organisations, 'parent')
  const columns = {
    id: organisations.id,
    code: organisations.code,
    name: organisations.name,
    fullName: organisations.fullName,
    kind: organisations.kind,
    adminType: organisations.adminType,
    parentCode: parent.code,
    validFrom: organisations.validFrom,
    validTo: organisations.validTo,
  }
  const base = () =>
    db.select(columns).from(organisations).leftJoin(parent, eq(parent.id, organisations.parentId))
  const order = [asc(organisations.sortOrder), asc(organisations.code)] as const

  const all = base()
    .orderBy(...order)
    .prepare()
  const byCode = base()
    .where(eq(organisations.code, sql.placeholder('code')))
    .prepare()
  // A unit counts for a year when its validity period overlaps that year at all.
  const territorial = base()
    .where(
      and(
        eq(parent.kind, 'city'),
        inArray(organisations.kind, TERRITORIAL_KINDS),
        lte(organisations.validFrom, sql.placeholder('yearEnd')),
        or(isNull(organisations.validTo), gte(organisations.validTo, sql.placeholder('yearStart'))),
      ),
    )
    .orderBy(...order)
    .prepare()

  // A level (issue 8): the children of one unit, whatever their kind but sector unions (the city
  // directs them, but they are not compared with the territorial units), in every year; a year's are
  // picked from them (`existsInYear`). Reads the parent index; never another parent's children.
  // Plain better-sqlite3: a level may have thousands of children (issue 8), and the ORM's row mapping
  // cost more than the query. Same columns, in the same order, as `columns` above.
  const children = db.$client.prepare<[number], OrganisationRow>(
    `SELECT o.id AS id, o.code AS code, o.name AS name, o.full_name AS fullName, o.kind AS kind,
       o.admin_type AS adminType, p.code AS parentCode, o.valid_from AS validFrom, o.valid_to AS validTo
     FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id
     WHERE o.parent_id = ? AND o.kind <> 'sector'
     ORDER BY o.sort_order, o.code`,
  )
  // Every child of a unit in any year (a level's series).
  const allChildren = base()
    .where(and(eq(organisations.parentId, sql.placeholder('parentId')), ne(organisations.kind, 'sector')))
    .orderBy(...order)
    .prepare()
  // Which of a set of units have children of their own in a year (drill-down links).
  const childCounts = db.$client.prepare<[string, string, string], { parentId: number; n: number }>(
    `SELECT parent_id AS parentId, count(*) AS n FROM organisations
     WHERE parent_id IN (SELECT value FROM json_each(?)) AND kind <> 'sector'
       AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
     GROUP BY parent_id`,
  )
  const byId = base()
    .where(eq(organisations.id, sql.placeholder('id')))
    .prepare()
  const parentIdOf = db
    .select({ parentId: organisations.parentId })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder('id')))
    .prepare()

  // A level's children are read again only when the unit list changed (issue 8: the 3.321 children
  // of one parent took 4–6 ms of every cold answer, and a figure's change leaves them as they are).
  // `unit_revision.token` changes with every insert, update or delete of a unit, in the same
  // transaction (triggers, migration 0011), so a read inside a snapshot sees the token of its rows.
  const unitToken = db.$client.prepare<[], string>('SELECT token FROM unit_revision WHERE id = 1').pluck()
  const kept = new Map<string, LevelChildren>()
  let keptRows = 0
  let keptToken: string | undefined
  const keep = (key: string, level: LevelChildren) => {
    for (const [oldKey, old] of kept) {
      if (keptRows + level.rows.length <= KEPT_CHILDREN) break
      kept.delete(oldKey)
      keptRows -= old.rows.length
    }
    kept.set(key, level)
    keptRows += level.rows.length
    return level
  }
  const everyChild = (parentId: number): LevelChildren => {
    const rows = children.all(parentId)
    const units = rows.map(toOrganisation)
    return { rows, units, ever: units }
  }
  /** The children of some years picked from all of them (a row and its unit at the same place). */
  const childrenIn = (all: LevelChildren, year: number, toYear: number): LevelChildren => {
    const rows: OrganisationRow[] = []
    const units: Organisation[] = []
    all.rows.forEach((row, i) => {
      for (let y = year; y <= toYear; y += 1) {
        if (existsInYear(row, y)) {
          rows.push(row)
          units.push(all.units[i] as Organisation)
          return
        }
      }
    })
    return { rows, units, ever: all.units }
  }
  return {
    /**
     * The children of unit `parentId` valid at some point during `year` (…`toYear`), in display order;
     * kept in memory for as long as the unit list stays the same (shared: never change them). All
     * the parent's children are read once and each year's picked from them: a level's first answer
     * of another year reads nothing (3.321 children: 5–8 ms a read).
     */
    childrenOf(parentId: number, year: number, toYear = year): LevelChildren {
      const token = unitToken.get()
      if (token === undefined) return childrenIn(everyChild(parentId), year, toYear)
      if (token !== keptToken) {
        kept.clear()
        keptRows = 0
        keptToken = token
      }
      const key = `${parentId}:${year}:${toYear}`
      const level = kept.get(key)
      if (level) return level
      const all = kept.get(`${parentId}`) ?? keep(`${parentId}`, everyChild(parentId))
      return keep(key, childrenIn(all, year, toYear))
    },
    /** Every child of `parentId`, any year. */
    allChildrenOf(parentId: number): OrganisationRow[] {
      return allChildren.all({ parentId })
    },
    /** How many children each of `ids` has in `year` (units without children are absent). */
    childCounts(ids: readonly number[], year: number): Map<number, number> {
      if (ids.length === 0) return new Map()
      const rows = childCounts.all(JSON.stringify(ids), `${year}-12-31`, `${year}-01-01`)
      return new Map(rows.map((r) => [r.parentId, r.n]))
    },
    /** The units above `id`, top first (the breadcrumb of a level). */
    ancestorsOf(id: number): OrganisationRow[] {
      const chain: OrganisationRow[] = []
      let next = parentIdOf.get({ id })?.parentId ?? null
      // A cycle cannot be stored through the admin, but a hand-edited file must not hang a read.
      for (let depth = 0; next !== null && depth < 20; depth += 1) {
        const row = byId.get({ id: next })
        if (!row) break
        chain.unshift(row)
        next = parentIdOf.get({ id: next })?.parentId ?? null
      }
      return chain
    },
    list(): OrganisationRow[] {
      return all.all()
    },
    findByCode(code: string): OrganisationRow | undefined {
      return byCode.get({ code })
    },
    /** Adds a unit at the end of the display order; `parentId` is the parent's row id. Returns its id. */
    insert(unit: UnitFields): number {
      const last =
        db
          .select({ n: max(organisations.sortOrder) })
          .from(organisations)
          .get()?.n ?? 0
      const [row] = db
        .insert(organisations)
        .values({ ...unit, sortOrder: last + 1 })
        .returning({ id: organisations.id })
        .all()
      if (!row) throw new Error(`unit ${unit.code} was not inserted`)
      return row.id
    },
    update(id: number, unit: Omit<UnitFields, 'code'>): void {
      db.update(organisations).set(unit).where(eq(organisations.id, id)).run()
    },
    /** Deletes a unit; the caller has checked that nothing (figures, users, children, links) points at it. */
    remove(id: number): void {
      db.delete(organisations).where(eq(organisations.id, id)).run()
    },
    /** The city's districts (later wards and communes) valid at some point during `year`. */
    territorialUnits(year: number): OrganisationRow[] {
      return territorial.all({ yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` })
    },
  }
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>

/** Drops the row id, which stays inside the server. */
export function toOrganisation({ id: _id, ...organisation }: OrganisationRow): Organisation {
  return organisation
}

/** Whether a unit's validity period overlaps `year` at all (the rule the dashboard uses too). */
/** The unit existed on some day of the year (the one rule is the contracts' `existsInYear`). */
export const validInYear = existsInYear
