// Reading a report and its history. The report row is created (version 0, draft) the first time
// anyone opens it, so every later write has a version to compare with.
import type { HistoryEntry, Report } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { unprocessable } from '../errors.ts'
import type { Repositories } from '../repositories/index.ts'
import { assertMay } from './permissions.ts'
import { buildReport, reportScope } from './report-view.ts'

export function readReport(repos: Repositories, user: AuthUser, code: string, year: number): Report {
  assertMay(user, 'read', code)
  const scope = reportScope(repos, code, year)
  const existing = repos.reports.find(scope.unit.id, year)
  const row =
    existing ?? repos.write(() => repos.reports.ensure(scope.unit.id, year, new Date().toISOString()))
  return repos.readSnapshot(() =>
    buildReport(repos, scope, repos.reports.find(scope.unit.id, year) ?? row, user),
  )
}

export function readHistory(
  repos: Repositories,
  user: AuthUser,
  code: string,
  year: number,
  indicator: string | undefined,
): HistoryEntry[] {
  assertMay(user, 'read', code)
  const scope = reportScope(repos, code, year)
  if (indicator !== undefined && !repos.indicators.findByKey(indicator)) {
    throw unprocessable('unknown_indicator', `Không có chỉ tiêu "${indicator}".`, [
      { path: 'indicator', message: `Không có chỉ tiêu "${indicator}".` },
    ])
  }
  return repos.history.list(scope.unit.id, year, indicator)
}
