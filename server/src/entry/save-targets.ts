// PUT /api/targets/:year: the whole grid in one transaction. Locked units refuse (423); a target that
// someone else changed after the version read for its unit refuses the whole save (409 naming the
// cells), so no target is silently overwritten, while targets nobody else touched go through.
import type { ConflictCell, SaveTargetsBody, Targets } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { HttpError } from '../errors.ts'
import type { EntryRow, ReportRow, Repositories } from '../repositories/index.ts'
import { buildTargets, checkTargetBody, targetScope, targetsConflict } from './targets.ts'
import { conflictsOf, planEdits, writeCells, type PlannedCell } from './write-cells.ts'

function storedByUnit(repos: Repositories, year: number): Map<string, Map<string, EntryRow>> {
  const byUnit = new Map<string, Map<string, EntryRow>>()
  for (const row of repos.entries.ofYear(year)) {
    const cells = byUnit.get(row.unit) ?? new Map<string, EntryRow>()
    cells.set(row.indicator, row)
    byUnit.set(row.unit, cells)
  }
  return byUnit
}

export function saveTargets(
  repos: Repositories,
  user: AuthUser,
  year: number,
  body: SaveTargetsBody,
): Targets {
  const scope = targetScope(repos, year)
  checkTargetBody(repos, scope, body)
  const units = new Map([...scope.units, ...(scope.city ? [scope.city] : [])].map((u) => [u.code, u]))
  const codes = [...new Set(body.values.map((v) => v.unit))]

  return repos.write(() => {
    const reports = new Map<string, ReportRow | undefined>()
    for (const code of codes) {
      const unit = units.get(code)
      if (unit) reports.set(code, repos.reports.find(unit.id, year))
    }
    const locked = codes.filter((c) => reports.get(c)?.status === 'accepted')
    if (locked.length > 0) {
      throw new HttpError(
        423,
        'report_locked',
        `Báo cáo của đơn vị ${locked.join(', ')} đã được duyệt và khóa; không thể sửa chỉ tiêu. Hãy mở khóa trước.`,
      )
    }
    const stored = storedByUnit(repos, year)
    const planned = new Map<string, PlannedCell[]>()
    const conflicts: ConflictCell[] = []
    const ahead: string[] = []
    for (const code of codes) {
      const read = body.versions[code] ?? 0
      if (read > (reports.get(code)?.version ?? 0)) ahead.push(code)
      const edits = body.values
        .filter((v) => v.unit === code)
        .map((v) => ({
          indicator: v.indicator,
          edit: { target: v.target, origin: { kind: 'form' } as const },
        }))
      const cells = planEdits(code, stored.get(code) ?? new Map(), edits)
      conflicts.push(...conflictsOf(cells, read))
      planned.set(code, cells)
    }
    const stale = [...new Set([...ahead, ...conflicts.map((c) => c.unit)])]
    if (stale.length > 0) throw targetsConflict(buildTargets(repos, scope), stale, conflicts)

    const now = new Date().toISOString()
    for (const code of codes) {
      const unit = units.get(code)
      const cells = planned.get(code) ?? []
      if (!unit || cells.length === 0) continue
      const report = repos.reports.ensure(unit.id, year, now)
      const saved = { ...report, version: report.version + 1, updatedAt: now, updatedBy: user.id }
      writeCells(repos, { orgId: unit.id, year, userId: user.id, at: now, revision: saved.version }, cells)
      if (!repos.reports.save(report.id, report.version, saved))
        throw new Error('report version moved inside a transaction')
    }
    return buildTargets(repos, scope)
  })
}
