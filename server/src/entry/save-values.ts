// PUT …/values: validates everything first, then writes in one transaction: the version check, the
// figures, one history row per changed field and the version bump commit together or not at all.
import {
  checkReport,
  type CheckIssue,
  type CheckValue,
  type Report,
  type SaveReportBody,
  type SaveValue,
} from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { unprocessable, type ErrorIssue } from '../errors.ts'
import type { Repositories } from '../repositories/index.ts'
import { assertMay, reportLocked, reportSubmitted } from './permissions.ts'
import { buildReport, reportScope, unitFigures, versionConflict, type ReportScope } from './report-view.ts'
import { writeCells, type CellChange } from './write-cells.ts'

type Field = 'actual' | 'target' | 'note'

/** Every indicator sent must exist, be in the year's plan, and take a target if one is sent. */
function checkIndicators(repos: Repositories, scope: ReportScope, values: readonly SaveValue[]): void {
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
    } else if (v.target !== undefined && v.target !== null && !ind.takesTarget) {
      issues.push({
        path: `values.${i}.target`,
        message: `${ind.shortNameVi}: chỉ tiêu này không giao chỉ tiêu.`,
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
function newErrors(before: CheckIssue[], after: CheckIssue[], values: readonly SaveValue[]): ErrorIssue[] {
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

/** The stored cells with the sent values applied: what changes, and the report before and after. */
function mergeValues(
  scope: ReportScope,
  figures: ReturnType<typeof unitFigures>,
  sent: readonly SaveValue[],
) {
  const changes: CellChange[] = []
  const before: CheckValue[] = []
  const after: CheckValue[] = []
  for (const ind of scope.plan) {
    const fig = figures.current.get(ind.key)
    const value = sent.find((v) => v.indicator === ind.key)
    const old = { actual: fig?.actual ?? null, target: fig?.target ?? null, note: fig?.note ?? null }
    const next = {
      actual: value?.actual === undefined ? old.actual : value.actual,
      target: value?.target === undefined ? old.target : value.target,
      // An empty note is no note.
      note: value?.note === undefined ? old.note : value.note || null,
    }
    const fields = (['actual', 'target', 'note'] as const).filter((f: Field) => next[f] !== old[f])
    if (fields.length > 0) changes.push({ indicator: ind.key, figureId: fig?.id ?? null, old, next, fields })
    const previousActual = figures.previous.get(ind.key)?.actual ?? null
    before.push({ indicator: ind.key, ...old, previousActual })
    after.push({ indicator: ind.key, ...next, previousActual })
  }
  return { changes, before, after }
}

export function saveValues(
  repos: Repositories,
  code: string,
  year: number,
  user: AuthUser,
  body: SaveReportBody,
): Report {
  const scope = reportScope(repos, code, year)
  const editsActual = body.values.some((v) => v.actual !== undefined || v.note !== undefined)
  const editsTarget = body.values.some((v) => v.target !== undefined)
  if (editsActual) assertMay(user, 'editActual', code)
  if (editsTarget) assertMay(user, 'editTarget', code)
  checkIndicators(repos, scope, body.values)

  return repos.write(() => {
    const now = new Date().toISOString()
    const row = repos.reports.ensure(scope.unit.id, year, now)
    if (row.status === 'accepted') throw reportLocked()
    if (editsActual && row.status === 'submitted' && user.role !== 'admin') throw reportSubmitted()
    if (row.version !== body.version)
      throw versionConflict(buildReport(repos, scope, row, user), body.version)

    const { changes, before, after } = mergeValues(scope, unitFigures(repos, scope), body.values)
    if (changes.length === 0) return buildReport(repos, scope, row, user)
    const introduced = newErrors(checkReport(before, scope.plan), checkReport(after, scope.plan), body.values)
    if (introduced.length > 0) {
      throw unprocessable(
        'invalid_values',
        `Không lưu được: ${introduced.map((x) => x.message).join(' ')}`,
        introduced,
      )
    }

    writeCells(repos, { orgId: scope.unit.id, year, userId: user.id, at: now }, changes)
    const saved = { ...row, version: row.version + 1, updatedAt: now, updatedBy: user.id }
    if (!repos.reports.save(row.id, row.version, saved))
      throw new Error('report version moved inside a transaction')
    return buildReport(repos, scope, saved, user)
  })
}
