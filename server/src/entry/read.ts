// Reading a report and its history. Reading never writes: a report nobody has written yet reads as a
// version-0 draft, and its row is created by the first write.
import { HISTORY_PAGE_SIZE, type HistoryPage, type Report } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { unprocessable } from '../errors.ts'
import type { Repositories } from '../repositories/index.ts'
import { assertMay } from './permissions.ts'
import { buildReport, reportScope } from './report-view.ts'

export function readReport(repos: Repositories, user: AuthUser, code: string, year: number): Report {
  assertMay(user, 'read', code)
  const scope = reportScope(repos, code, year)
  return repos.readSnapshot(() => buildReport(repos, scope, repos.reports.find(scope.unit.id, year), user))
}

export interface HistoryQuery {
  indicator?: string
  cursor?: number
  limit?: number
}

/** One page of a report's history, newest first; `nextCursor` fetches the next (older) page. */
export function readHistory(
  repos: Repositories,
  user: AuthUser,
  code: string,
  year: number,
  query: HistoryQuery,
): HistoryPage {
  assertMay(user, 'read', code)
  const scope = reportScope(repos, code, year)
  const { indicator, cursor } = query
  if (indicator !== undefined && !repos.indicators.findByKey(indicator)) {
    throw unprocessable('unknown_indicator', `Không có chỉ tiêu "${indicator}".`, [
      { path: 'indicator', message: `Không có chỉ tiêu "${indicator}".` },
    ])
  }
  const limit = query.limit ?? HISTORY_PAGE_SIZE
  // One more than asked tells whether an older page exists without a second query.
  const rows = repos.history.page(scope.unit.id, year, { indicator, before: cursor, limit: limit + 1 })
  const entries = rows.slice(0, limit)
  const last = entries.at(-1)
  return { entries, nextCursor: rows.length > limit && last ? String(last.id) : null }
}
