// PUT /api/targets/:year: the whole grid in one transaction. Locked units refuse (423), any unit
// changed since it was read refuses the whole save (409), so no target is silently overwritten.
import type { SaveTargetsBody, Targets } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { HttpError } from '../errors.ts'
import type { ReportRow, Repositories } from '../repositories/index.ts'
import { buildTargets, checkTargetBody, targetScope, targetsConflict } from './targets.ts'
import { writeCells, type CellChange } from './write-cells.ts'

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
    const now = new Date().toISOString()
    const reports = new Map<string, ReportRow>()
    for (const code of codes) {
      const unit = units.get(code)
      if (unit) reports.set(code, repos.reports.ensure(unit.id, year, now))
    }
    const locked = codes.filter((c) => reports.get(c)?.status === 'accepted')
    if (locked.length > 0) {
      throw new HttpError(
        423,
        'report_locked',
        `Báo cáo của đơn vị ${locked.join(', ')} đã được duyệt và khóa; không thể sửa chỉ tiêu. Hãy mở khóa trước.`,
      )
    }
    const stale = codes.filter((c) => reports.get(c)?.version !== body.versions[c])
    if (stale.length > 0) throw targetsConflict(buildTargets(repos, scope), stale)

    const stored = new Map(repos.entries.yearCells(year).map((c) => [`${c.unit}|${c.indicator}`, c]))
    for (const code of codes) {
      const unit = units.get(code)
      const report = reports.get(code)
      if (!unit || !report) continue
      const changes: CellChange[] = body.values
        .filter((v) => v.unit === code)
        .flatMap((v) => {
          const cell = stored.get(`${code}|${v.indicator}`)
          const old = { actual: cell?.actual ?? null, target: cell?.target ?? null, note: cell?.note ?? null }
          if (old.target === v.target) return []
          return [
            {
              indicator: v.indicator,
              figureId: cell?.id ?? null,
              old,
              next: { ...old, target: v.target },
              fields: ['target'] as const,
            },
          ]
        })
      if (changes.length === 0) continue
      writeCells(repos, { orgId: unit.id, year, userId: user.id, at: now }, changes)
      const saved = { ...report, version: report.version + 1, updatedAt: now, updatedBy: user.id }
      if (!repos.reports.save(report.id, report.version, saved))
        throw new Error('report version moved inside a transaction')
    }
    return buildTargets(repos, scope)
  })
}
