// A report as GET …/values returns it (and as a 409 returns it in `current`): the year's plan of
// indicators with this year's and last year's values, the checks, and what the caller may do.
import {
  checkReport,
  takesTargetsIn,
  type ConflictCell,
  type Indicator,
  type Report,
  type ReportStatus,
  type ReportValue,
  type Source,
} from '@ldld/db/contracts'
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
import { abilities, mayDo } from './permissions.ts'

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

function valueOf(
  ind: Indicator,
  fig: EntryRow | undefined,
  previous: EntryRow | undefined,
  sources: ReadonlyMap<number, Source>,
): ReportValue {
  // A real figure names its source; an illustrative one points at the demo source, which the "mh"
  // mark already says, and a typed one has none.
  const source = fig && !fig.illustrative && fig.sourceId !== null ? sources.get(fig.sourceId) : undefined
  return {
    indicator: ind.key,
    unitKind: ind.unitKind,
    actual: fig?.actual ?? null,
    actualQualifier: fig?.actualQualifier ?? 'exact',
    target: fig?.target ?? null,
    note: fig?.note ?? null,
    previousActual: previous?.actual ?? null,
    previousQualifier: previous?.actualQualifier ?? 'exact',
    previousIllustrative: previous?.actual != null && previous.illustrative,
    illustrative: fig?.illustrative ?? false,
    targetIllustrative: fig?.targetIllustrative ?? false,
    targetDerived: fig?.targetDerived ?? false,
    statedPercent: fig?.statedPercent ?? null,
    quote: fig?.quote ?? null,
    source: source ?? null,
    updatedAt: fig?.updatedAt ?? null,
    updatedBy: fig?.updatedBy ?? null,
  }
}

/** Why this user cannot change the report now, so the page says so instead of "no permission". */
function readOnlyReason(user: AuthUser | null, unit: string, status: ReportStatus, can: Report['can']) {
  if (can.editActual || can.editTarget) return null
  const mayEdit = user !== null && (mayDo(user, 'editActual', unit) || mayDo(user, 'editTarget', unit))
  if (!mayEdit) return 'no_right'
  if (status === 'accepted') return 'accepted'
  return status === 'submitted' ? 'submitted' : 'no_right'
}

/**
 * The report as GET returns it. `row` is undefined for a report nobody has written yet: it reads as a
 * version-0 draft, and the row is created by the first write (reading never writes).
 */
export function buildReport(
  repos: Repositories,
  scope: ReportScope,
  row: ReportRow | undefined,
  user: AuthUser | null,
): Report {
  const { current, previous } = unitFigures(repos, scope)
  const sourceIds = [...current.values()].flatMap((f) => (f.sourceId === null ? [] : [f.sourceId]))
  const sources = new Map(repos.sources.byIds(sourceIds).map((s) => [s.id, s]))
  const values = scope.plan.map((ind) => valueOf(ind, current.get(ind.key), previous.get(ind.key), sources))
  const status = row?.status ?? 'draft'
  const allowed = abilities(user, scope.unit.code, status)
  // A unit founded in the second half of the year takes no targets that year (contracts' rule).
  const can = { ...allowed, editTarget: allowed.editTarget && takesTargetsIn(scope.unit, scope.year) }
  return {
    unit: scope.unit.code,
    unitName: scope.unit.name,
    year: scope.year,
    version: row?.version ?? 0,
    status,
    reason: row?.reason ?? null,
    updatedAt: row?.updatedAt ?? null,
    values,
    issues: checkReport(values, scope.plan),
    readOnly: readOnlyReason(user, scope.unit.code, status, can),
    can,
  }
}

/**
 * 409: cells this write changes were changed by someone else after the version it read (`cells`, with
 * their value now), or the whole report moved under a workflow step; `current` is the report now.
 */
export function versionConflict(current: Report, sent: number, cells: ConflictCell[] = []): HttpError {
  const message =
    cells.length > 0
      ? `${cells.length} ô bạn sửa đã được người khác thay đổi sau khi bạn mở báo cáo (phiên bản ${sent}, hiện tại ${current.version}). ` +
        'Hãy xem giá trị mới rồi quyết định giữ bản nào.'
      : `Báo cáo đã được người khác thay đổi (phiên bản hiện tại ${current.version}, bạn đã đọc phiên bản ${sent}). ` +
        'Hãy xem lại số liệu mới nhất rồi thực hiện lại.'
  return new HttpError(409, 'version_conflict', message, undefined, { details: { current, cells } })
}
