// Runs a refused-nothing import plan inside the caller's transaction: new units parents first,
// changed units, predecessor links where the file states them, then removals children first.
import { unitFullName } from '@ldld/db/contracts'
import type { Repositories } from '../repositories/index.ts'
import type { FileUnit } from './unit-file-rows.ts'
import type { CurrentUnits, ImportPlan } from './unit-import-plan.ts'

function fields(unit: FileUnit, ids: ReadonlyMap<string, number>) {
  const parentId = unit.parentCode === null ? null : ids.get(unit.parentCode)
  if (parentId === undefined) throw new Error(`parent ${unit.parentCode ?? ''} of ${unit.code} not written`)
  return {
    name: unit.name,
    fullName: unitFullName(unit),
    kind: unit.kind,
    adminType: unit.adminType,
    parentId,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  }
}

export function executePlan(repos: Repositories, current: CurrentUnits, plan: ImportPlan): void {
  const ids = new Map(current.units.map((u) => [u.code, u.id]))
  // A new unit may hang from another new unit of the file: insert parents first (loops were refused).
  let pending = plan.upserts.filter((u) => u.status === 'new').map((u) => u.unit)
  while (pending.length > 0) {
    const ready = pending.filter((u) => u.parentCode === null || ids.has(u.parentCode))
    if (ready.length === 0) throw new Error('import plan: parents cannot be ordered')
    for (const unit of ready)
      ids.set(unit.code, repos.organisations.insert({ code: unit.code, ...fields(unit, ids) }))
    pending = pending.filter((u) => !ready.includes(u))
  }
  for (const { unit, existing, status } of plan.upserts) {
    if (existing && status !== 'unchanged') repos.organisations.update(existing.id, fields(unit, ids))
  }
  if (plan.hasPredecessors) {
    const stored = new Map<string, string[]>()
    for (const l of current.links) stored.set(l.unit, [...(stored.get(l.unit) ?? []), l.predecessor])
    for (const { unit } of plan.upserts) {
      const wanted = [...new Set(unit.predecessors)].sort()
      // Unchanged links keep their row (and their illustrative mark); only a changed list is rewritten.
      if (wanted.join() === (stored.get(unit.code) ?? []).sort().join()) continue
      const id = ids.get(unit.code)
      if (id === undefined) throw new Error(`unit ${unit.code} not written`)
      repos.unitLinks.setPredecessors(
        id,
        wanted.map((code) => ids.get(code) ?? -1),
      )
    }
  }
  let removals = [...plan.removals]
  while (removals.length > 0) {
    const leaves = removals.filter((r) => !removals.some((o) => o.parentCode === r.code))
    if (leaves.length === 0) throw new Error('import plan: removals cannot be ordered')
    for (const unit of leaves) {
      repos.unitLinks.unlink(unit.id)
      repos.organisations.remove(unit.id)
    }
    removals = removals.filter((r) => !leaves.includes(r))
  }
}
