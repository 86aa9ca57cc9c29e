// GET /api/reports?year=: where each unit's report stands, for the city's review list.
import type { z } from 'zod'
import { reportStarted, scopeOf, type reportListResponseSchema } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { indicatorsOfYear } from '../reports/cells.ts'
import type { Repositories } from '../repositories/index.ts'
import { reportingUnits } from './units.ts'

export type ReportList = z.infer<typeof reportListResponseSchema>

export function listReports(repos: Repositories, user: AuthUser, year: number): ReportList {
  return repos.readSnapshot(() => {
    const plan = new Set(indicatorsOfYear(repos.indicators.list(), year).map((i) => i.key))
    // The permission table says how far the user may list reports: a unit officer its own line only.
    const own = scopeOf(user.role, 'listReports') === 'own'
    const units = reportingUnits(repos, year).filter((u) => !own || u.code === user.unit)
    const stored = new Map(repos.reports.ofYear(year).map((r) => [r.unit, r]))
    const filled = new Map<string, number>()
    for (const { unit, indicator } of repos.entries.filled(year)) {
      if (plan.has(indicator)) filled.set(unit, (filled.get(unit) ?? 0) + 1)
    }
    return {
      year,
      reports: units.map((u) => {
        const r = stored.get(u.code)
        const status = r?.status ?? 'draft'
        return {
          unit: u.code,
          unitName: u.name,
          kind: u.kind,
          adminType: u.adminType,
          validFrom: u.validFrom,
          validTo: u.validTo,
          status,
          started: reportStarted(status, filled.get(u.code) ?? 0),
          version: r?.version ?? 0,
          updatedAt: r?.updatedAt ?? null,
          filled: filled.get(u.code) ?? 0,
          expected: plan.size,
        }
      }),
    }
  })
}
