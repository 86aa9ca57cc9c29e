// A report as GET …/values returns it (and as a 409 returns it in `current`): the year's plan of
// indicators with this year's and last year's values, the checks, and what the caller may do.
import { checkReport, type Indicator, type Report, type ReportValue } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { HttpError, unitNotFound, unprocessable } from '../errors.ts'
import { indicatorsOfYear } from '../reports/cells.ts'
import {
  validInYear,
  type EntryRow,
  type OrganisationRow,
  type ReportRow,
  type Repositories,
} from '../repositories/index.ts'
import { abilities } from './permissions.ts'

/** The unit and year a report route names, checked: the unit exists and was valid that year. */
export interface ReportScope {
  unit: OrganisationRow
  year: number
  /** Indicators of that year's plan (firstYear ≤ year ≤ lastYear), in display order. */
  plan: Indicator[]
}

export function reportScope(repos: Repositories, code: string, year: number): ReportScope {
  const unit = repos.organisations.findByCode(code)
  if (!unit) throw unitNotFound(code)
  if (!validInYear(unit, year)) {
    throw unprocessable(
      'unit_not_valid',
      `Đơn vị ${unit.name} (${code}) không hoạt động trong năm ${year}.`,
      [
        {
          path: 'year',
          message: `Đơn vị có hiệu lực từ ${unit.validFrom}${unit.validTo ? ` đến ${unit.validTo}` : ''}.`,
        },
      ],
    )
  }
  return { unit, year, plan: indicatorsOfYear(repos.indicators.list(), year) }
}

/** This year's and last year's figures of the scope's unit, by indicator key. */
export function unitFigures(repos: Repositories, { unit, year }: ReportScope) {
  const current = new Map<string, EntryRow>()
  const previous = new Map<string, EntryRow>()
  for (const row of repos.entries.ofUnit(unit.id, year - 1, year)) {
    ;(row.year === year ? current : previous).set(row.indicator, row)
  }
  return { current, previous }
}

export function buildReport(
  repos: Repositories,
  scope: ReportScope,
  row: ReportRow,
  user: AuthUser | null,
): Report {
  const { current, previous } = unitFigures(repos, scope)
  const values: ReportValue[] = scope.plan.map((ind) => {
    const fig = current.get(ind.key)
    return {
      indicator: ind.key,
      unitKind: ind.unitKind,
      actual: fig?.actual ?? null,
      actualQualifier: fig?.actualQualifier ?? 'exact',
      target: fig?.target ?? null,
      note: fig?.note ?? null,
      previousActual: previous.get(ind.key)?.actual ?? null,
      illustrative: fig?.illustrative ?? false,
      updatedAt: fig?.updatedAt ?? null,
      updatedBy: fig?.updatedBy ?? null,
    }
  })
  return {
    unit: scope.unit.code,
    unitName: scope.unit.name,
    year: scope.year,
    version: row.version,
    status: row.status,
    reason: row.reason,
    updatedAt: row.updatedAt,
    values,
    issues: checkReport(values, scope.plan),
    can: abilities(user, scope.unit.code, row.status),
  }
}

/** 409: the client's version is not the current one; `current` lets it show what changed. */
export function versionConflict(current: Report, sent: number): HttpError {
  return new HttpError(
    409,
    'version_conflict',
    `Báo cáo đã được người khác thay đổi (phiên bản hiện tại ${current.version}, bạn đã đọc phiên bản ${sent}). ` +
      'Hãy xem lại số liệu mới nhất rồi lưu lại.',
    undefined,
    { details: { current } },
  )
}

/** History stores values as text: digits without separators, null for "no value". */
export function historyText(value: number | string | null): string | null {
  return value === null ? null : String(value)
}
