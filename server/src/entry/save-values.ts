// PUT …/values: validates everything first, then writes in one transaction: the per-cell conflict
// check, the figures, one history row per changed field and the version bump commit together or not
// at all. `saveEdits` is the entry point for any writer of a report's values (the form; imports).
import {
  checkReport,
  noTargetsText,
  takesTargetsIn,
  unitFullName,
  type CellEdit,
  type CheckIssue,
  type CheckValue,
  type Report,
  type SaveReportBody,
  type SaveValue,
} from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { unprocessable, type ErrorIssue } from '../errors.ts'
import type { ReportRow, Repositories } from '../repositories/index.ts'
import { assertMay, reportLocked, reportSubmitted } from './permissions.ts'
import { buildReport, reportScope, unitFigures, versionConflict, type ReportScope } from './report-view.ts'
import { conflictsOf, planEdits, writeCells, type PlannedCell } from './write-cells.ts'

/** Every indicator sent must exist, be in the year's plan, and take a target if one is sent. */
function checkIndicators(repos: Repositories, scope: ReportScope, values: readonly ValueEdit[]): void {
  const inPlan = new Map(scope.plan.map((i) => [i.key, i]))
  const issues: ErrorIssue[] = []
  values.forEach((v, i) => {
    const ind = inPlan.get(v.indicator)
    if (!ind) {
      const known = repos.indicators.findByKey(v.indicator)
      issues.push({
        path: `values.${i}.indicator`,
        message: known
          ? `Chỉ tiêu "${v.indicator}" không có trong kế hoạch năm ${scope.year}.`
          : `Không có chỉ tiêu "${v.indicator}".`,
      })
    } else if (v.edit.target !== undefined && v.edit.target !== null && !ind.takesTarget) {
      issues.push({
        path: `values.${i}.target`,
        message: `${ind.shortNameVi}: chỉ tiêu này không giao chỉ tiêu.`,
      })
    } else if (v.edit.target != null && !takesTargetsIn(scope.unit, scope.year)) {
      issues.push({
        path: `values.${i}.target`,
        message: `${unitFullName(scope.unit)} ${noTargetsText(scope.unit, scope.year)}.`,
      })
    }
  })
  if (issues.length > 0) {
    const unknown = issues.some((x) => x.path.endsWith('.indicator'))
    throw unprocessable(
      unknown ? 'unknown_indicator' : 'invalid_values',
      `Không lưu được: ${issues.map((x) => x.message).join(' ')}`,
      issues,
    )
  }
}

const issueKey = (i: CheckIssue) => `${i.indicator}|${i.field}|${i.code}`

/** Hard errors this save would introduce (errors already stored are not the saver's doing). */
function newErrors(before: CheckIssue[], after: CheckIssue[], values: readonly ValueEdit[]): ErrorIssue[] {
  const old = new Set(before.filter((i) => i.severity === 'error').map(issueKey))
  const index = new Map(values.map((v, i) => [v.indicator, i]))
  return after
    .filter((i) => i.severity === 'error' && !old.has(issueKey(i)))
    .map((i) => {
      const at = index.get(i.indicator)
      return {
        path: at === undefined ? `${i.indicator}.${i.field}` : `values.${at}.${i.field}`,
        message: i.message,
      }
    })
}

/** A save body's values as edits typed in the form (imports build theirs with their own origin). */
export function formEdits(values: readonly SaveValue[]): ValueEdit[] {
  return values.map(({ indicator, actual, actualQualifier, target, note, confirm }) => ({
    indicator,
    edit: { actual, actualQualifier, target, note, confirm, origin: { kind: 'form' } },
  }))
}

export interface ValueEdit {
  indicator: string
  edit: CellEdit
}

/** The report's values before and after the planned edits, for the checks. */
function checkValues(scope: ReportScope, figures: ReturnType<typeof unitFigures>, planned: PlannedCell[]) {
  const next = new Map(planned.map((p) => [p.indicator, p.result.cell]))
  const before: CheckValue[] = []
  const after: CheckValue[] = []
  for (const ind of scope.plan) {
    const fig = figures.current.get(ind.key)
    const last = figures.previous.get(ind.key)
    const previousActual = last?.actual ?? null
    const previousIllustrative = previousActual !== null && (last?.illustrative ?? false)
    const old = { actual: fig?.actual ?? null, target: fig?.target ?? null, note: fig?.note ?? null }
    const cell = next.get(ind.key)
    before.push({ indicator: ind.key, ...old, previousActual, previousIllustrative })
    const now = cell ? { actual: cell.actual, target: cell.target, note: cell.note } : old
    after.push({ indicator: ind.key, ...now, previousActual, previousIllustrative })
  }
  return { before, after }
}

/** A save that passed every check, ready to write (imports preview exactly this). */
export interface PreparedSave {
  scope: ReportScope
  row: ReportRow | undefined
  /** The cells that change, with what each edit makes of them. */
  planned: PlannedCell[]
  /** The report's checks after the save (warnings a preview shows). */
  after: CheckIssue[]
}

/**
 * Every check of a save of `edits` based on `version`, without writing: permissions, the report's
 * state, the year's plan, conflicts per cell, and errors the save would introduce. Throws the same
 * errors the save answers. Call it inside a transaction when its answer is acted on.
 */
export function prepareEdits(
  repos: Repositories,
  scope: ReportScope,
  user: AuthUser,
  version: number,
  edits: readonly ValueEdit[],
): PreparedSave {
  const editsActual = edits.some(
    ({ edit }) =>
      edit.confirm === true || [edit.actual, edit.actualQualifier, edit.note].some((f) => f !== undefined),
  )
  const editsTarget = edits.some(({ edit }) => edit.target !== undefined)
  const code = scope.unit.code
  if (editsActual) assertMay(user, 'editActual', code)
  if (editsTarget) assertMay(user, 'editTarget', code)
  checkIndicators(repos, scope, edits)

  const row = repos.reports.find(scope.unit.id, scope.year)
  const status = row?.status ?? 'draft'
  const current = row?.version ?? 0
  if (status === 'accepted') throw reportLocked()
  if (editsActual && status === 'submitted' && user.role !== 'admin') throw reportSubmitted()
  // A version never handed out is not a version anyone read.
  if (version > current) throw versionConflict(buildReport(repos, scope, row, user), version)

  const figures = unitFigures(repos, scope)
  const planned = planEdits(code, figures.current, edits)
  const conflicts = conflictsOf(planned, version)
  if (conflicts.length > 0) throw versionConflict(buildReport(repos, scope, row, user), version, conflicts)
  const { before, after } = checkValues(scope, figures, planned)
  const afterIssues = checkReport(after, scope.plan)
  if (planned.length === 0) return { scope, row, planned, after: afterIssues }
  const introduced = newErrors(checkReport(before, scope.plan), afterIssues, edits)
  if (introduced.length > 0) {
    throw unprocessable(
      'invalid_values',
      `Không lưu được: ${introduced.map((x) => x.message).join(' ')}`,
      introduced,
    )
  }
  return { scope, row, planned, after: afterIssues }
}

/**
 * Saves edits of one report based on `version`: refused (409) only when a cell it changes was changed
 * by someone else after that version; edits of other cells go through whatever else moved.
 */
export function saveEdits(
  repos: Repositories,
  scope: ReportScope,
  user: AuthUser,
  version: number,
  edits: readonly ValueEdit[],
): Report {
  return repos.write(() => {
    const { row, planned } = prepareEdits(repos, scope, user, version, edits)
    if (planned.length === 0) return buildReport(repos, scope, row, user)
    const now = new Date().toISOString()
    const report = repos.reports.ensure(scope.unit.id, scope.year, now)
    const saved = { ...report, version: report.version + 1, updatedAt: now, updatedBy: user.id }
    writeCells(
      repos,
      { orgId: scope.unit.id, year: scope.year, userId: user.id, at: now, revision: saved.version },
      planned,
    )
    if (!repos.reports.save(report.id, report.version, saved))
      throw new Error('report version moved inside a transaction')
    return buildReport(repos, scope, saved, user)
  })
}

export function saveValues(
  repos: Repositories,
  code: string,
  year: number,
  user: AuthUser,
  body: SaveReportBody,
): Report {
  return saveEdits(repos, reportScope(repos, code, year), user, body.version, formEdits(body.values))
}
