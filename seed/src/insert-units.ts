// Writing units, sources, predecessor links and reports inside the seed's transaction.
import type { Db } from '@ldld/db/client'
import { organisationPredecessors, organisations, reports, sources } from '@ldld/db/schema'
import type { OrganisationSeed } from './organisations.ts'
import type { SeedReport } from './reports-2026.ts'
import type { SourceSeed } from './sources.ts'
import type { UnionSeed } from './unions-2025.ts'

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** Parents come before their children in `units`, so each child can point at its parent's id. */
export function insertUnits(tx: Tx, units: readonly OrganisationSeed[], orgIds: Map<string, number>): void {
  for (const org of units) {
    const { parentCode, code, name, fullName, kind, adminType, validFrom, validTo, sortOrder } = org
    const parentId = parentCode === null ? null : orgIds.get(parentCode)
    if (parentId === undefined) throw new Error(`Đơn vị cha ${parentCode} của ${org.code} chưa được ghi.`)
    const [inserted] = tx
      .insert(organisations)
      .values({ code, name, fullName, kind, adminType, validFrom, validTo, sortOrder, parentId })
      .returning({ id: organisations.id })
      .all()
    if (!inserted) throw new Error(`Không ghi được đơn vị ${org.code}.`)
    orgIds.set(org.code, inserted.id)
  }
}

export function insertSources(tx: Tx, rows: readonly SourceSeed[], sourceIds: Map<string, number>): void {
  const inserted = tx
    .insert(sources)
    .values([...rows])
    .returning({ id: sources.id, slug: sources.slug })
    .all()
  for (const s of inserted) sourceIds.set(s.slug, s.id)
}

/** The illustrative unions of 2025-10-01, their (illustrative) links to old districts, 2026's reports. */
export function insertUnions(
  tx: Tx,
  unions: readonly UnionSeed[],
  seedReports: readonly SeedReport[],
  orgIds: Map<string, number>,
): { links: number } {
  insertUnits(tx, unions, orgIds)
  let links = 0
  for (const union of unions) {
    for (const code of union.predecessors) {
      const orgId = orgIds.get(union.code)
      const predecessorId = orgIds.get(code)
      if (orgId === undefined || predecessorId === undefined)
        throw new Error(`Liên kết ${union.code} ← ${code} lỗi.`)
      tx.insert(organisationPredecessors).values({ orgId, predecessorId, illustrative: true }).run()
      links += 1
    }
  }
  for (const r of seedReports) {
    const orgId = orgIds.get(r.unit)
    if (orgId === undefined) throw new Error(`Báo cáo của đơn vị ${r.unit} chưa có đơn vị.`)
    const { status, version, reason, updatedAt, year } = r
    tx.insert(reports).values({ orgId, year, status, version, reason, updatedAt }).run()
  }
  return { links }
}
