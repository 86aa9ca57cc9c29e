// From the values a file (or text) gives to what would change: each unit × year goes through the
// entry form's own checks (`prepareEdits`: permissions, the report's state, the year's plan, errors
// a save would introduce) without writing. Applying runs the same saves for real in one transaction,
// on the report versions the preview read, so a cell someone changed since is a conflict, never
// overwritten.
import {
  unitFullName,
  writableYearIssue,
  type CellEdit,
  type ConflictCell,
  type EditOrigin,
  type ImportApplyResult,
  type ImportChange,
  type ImportIssue,
  type ImportPreview,
  type ImportReport,
  type YearRange,
} from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { mayDo } from '../entry/permissions.ts'
import { reportScope, unitFigures } from '../entry/report-view.ts'
import { prepareEdits, saveEdits, type ValueEdit } from '../entry/save-values.ts'
import { HttpError } from '../errors.ts'
import type { EntryRow, Repositories } from '../repositories/index.ts'
import { unitLabel, type Catalogue } from './catalogue.ts'
import { Issues, type FileRead, type FileValue } from './layouts.ts'

/** One report's part of an import: the edits to save on the version the preview read. */
export interface PlannedReport {
  unit: string
  year: number
  version: number
  edits: ValueEdit[]
  /** Fields the preview found changing. */
  changes: number
}

export interface PreviewResult {
  preview: Omit<ImportPreview, 'id' | 'expiresAt' | 'fileName'>
  plan: PlannedReport[]
}

function originOf(v: FileValue, fileName: string): EditOrigin {
  if (v.text) return { kind: 'text', quote: v.text.quote, period: v.text.period, timing: v.text.periodText }
  return { kind: 'file', file: fileName, sheet: v.sheet, cell: v.cell ?? '' }
}

const REV = { actual: 'actualRev', target: 'targetRev', note: 'noteRev' } as const

/** Whether the value says something other than what is stored. */
function differs(v: FileValue, stored: EntryRow | undefined): boolean {
  if (v.field === 'actual') {
    const actual = stored?.actual ?? null
    if (v.value !== actual) return true
    return v.value !== null && v.qualifier !== undefined && v.qualifier !== stored?.actualQualifier
  }
  if (v.field === 'target') return v.value !== (stored?.target ?? null)
  return (v.value === '' ? null : v.value) !== (stored?.note ?? null)
}

/** The edits of one report: one per indicator, each field with its own origin (its own cell). */
function editsOf(
  values: readonly FileValue[],
  fileName: string,
): { edits: ValueEdit[]; cells: FileValue[][] } {
  const byIndicator = new Map<string, FileValue[]>()
  for (const v of values) byIndicator.set(v.indicator, [...(byIndicator.get(v.indicator) ?? []), v])
  const edits: ValueEdit[] = []
  const cells: FileValue[][] = []
  for (const [indicator, vs] of byIndicator) {
    const edit: CellEdit = { origin: originOf(vs[0] as FileValue, fileName), fieldOrigins: {} }
    for (const v of vs) {
      const origin = originOf(v, fileName)
      ;(edit.fieldOrigins as NonNullable<CellEdit['fieldOrigins']>)[v.field] = origin
      if (v.field === 'actual') {
        edit.actual = v.value as number | null
        if (v.qualifier !== undefined) edit.actualQualifier = v.qualifier
        if (v.text) edit.statedPercent = v.text.statedPercent
      } else if (v.field === 'target') {
        edit.target = v.value as number | null
        if (v.text) {
          edit.targetDerived = v.text.targetDerived
          edit.statedPercent = v.text.statedPercent
        }
      } else edit.note = v.value as string | null
    }
    if (vs.some((v) => v.field === 'actual')) edit.origin = edit.fieldOrigins?.actual ?? edit.origin
    edits.push({ indicator, edit })
    cells.push(vs)
  }
  return { edits, cells }
}

const issueAt = (v: FileValue | undefined, message: string): ImportIssue => ({
  sheet: v?.sheet ?? null,
  cell: v?.cell ?? null,
  message,
})

/** Where an error of `prepareEdits` belongs: `values.<i>.<field>` names an edit and its field. */
function placeError(error: HttpError, cells: FileValue[][], prefix: string, out: Issues): void {
  const all = cells.flat()
  const issues = error.issues ?? []
  const placed = issues.flatMap((issue) => {
    const m = /^values\.(\d+)\.(\w+)$/.exec(issue.path)
    if (!m) return []
    const group = cells[Number(m[1])] ?? []
    const v = group.find((c) => c.field === m[2]) ?? group[0]
    return v ? [issueAt(v, `${prefix}: ${issue.message}`)] : []
  })
  if (placed.length > 0) {
    for (const p of placed) out.add(p.sheet, p.cell, p.message)
    return
  }
  for (const v of all) out.add(v.sheet, v.cell, `${prefix}: ${error.message}`)
}

export interface PreviewContext {
  repos: Repositories
  user: AuthUser
  catalogue: Catalogue
  writable: YearRange
  fileName: string
}

export function buildPreview(ctx: PreviewContext, read: FileRead): PreviewResult {
  const { repos, user, catalogue, fileName } = ctx
  const errors = new Issues()
  for (const e of read.errors) errors.add(e.sheet, e.cell, e.message)
  const warnings = new Issues()
  for (const w of read.warnings) warnings.add(w.sheet, w.cell, w.message)
  const changes: ImportChange[] = []
  const reports: ImportReport[] = []
  const plan: PlannedReport[] = []
  let unchanged = 0

  const groups = new Map<string, FileValue[]>()
  for (const v of read.values) {
    const key = `${v.unit}|${v.year}`
    groups.set(key, [...(groups.get(key) ?? []), v])
  }

  repos.readSnapshot(() => {
    for (const [key, values] of groups) {
      const first = values[0] as FileValue
      const unit = catalogue.byCode.get(first.unit)
      if (!unit) continue
      const label = `${unitLabel(unit)}, năm ${first.year}`
      const scope = reportScope(repos, unit.code, first.year)
      const stored = unitFigures(repos, scope).current
      // Two values for one field: the file contradicts itself.
      const seen = new Map<string, FileValue>()
      const changed: FileValue[] = []
      const madeFrom = read.madeFrom.get(key)
      for (const v of values) {
        const id = `${v.indicator}|${v.field}`
        const before = seen.get(id)
        if (before) {
          errors.add(
            v.sheet,
            v.cell,
            `${label}: trùng với ô ${before.cell ?? ''} (cùng chỉ tiêu ${v.indicator}).`,
          )
          continue
        }
        seen.set(id, v)
        const storedRow = stored.get(v.indicator)
        if (!differs(v, storedRow)) unchanged += 1
        else if (madeFrom !== undefined && storedRow && storedRow[REV[v.field]] > madeFrom) {
          // Someone changed this cell after the template was made: never overwrite it from an old copy.
          warnings.add(
            v.sheet,
            v.cell,
            `${label}: ô này đã được ${storedRow.updatedBy ?? 'người khác'} sửa thành ${String(storedRow[v.field] ?? '(trống)')} sau khi tải mẫu; giữ số hiện tại. Muốn ghi số trong tệp thì tải mẫu mới.`,
          )
        } else if (v.optional && !mayDo(user, 'editTarget', unit.code)) {
          warnings.add(
            v.sheet,
            v.cell,
            `${label}: chỉ tiêu giao trong văn bản (${String(v.value)}) khác số đã giao (${String(stored.get(v.indicator)?.target ?? 'chưa giao')}); không lưu chỉ tiêu, chỉ thành phố giao chỉ tiêu.`,
          )
        } else changed.push(v)
      }
      if (changed.length === 0) continue
      const yearIssue = writableYearIssue(first.year, ctx.writable)
      if (yearIssue) {
        for (const v of changed) errors.add(v.sheet, v.cell, `${label}: ${yearIssue}`)
        continue
      }
      const row = repos.reports.find(unit.id, first.year)
      const version = row?.version ?? 0
      if (madeFrom !== undefined && madeFrom < version) {
        warnings.add(
          first.sheet,
          null,
          `${label}: báo cáo đã thay đổi sau khi tải mẫu (phiên bản ${madeFrom} → ${version}); các ô thay đổi dưới đây so với số hiện tại.`,
        )
      }
      const { edits, cells } = editsOf(changed, fileName)
      try {
        const prepared = prepareEdits(repos, scope, user, version, edits)
        const byIndicator = new Map(cells.map((c) => [c[0]?.indicator ?? '', c]))
        for (const p of prepared.planned) {
          const group = byIndicator.get(p.indicator) ?? []
          for (const c of p.result.changes) {
            const v = group.find((g) => g.field === c.field) ?? group[0]
            const storedRow = stored.get(p.indicator)
            changes.push({
              unit: unit.code,
              unitName: unitFullName(unit),
              year: first.year,
              indicator: p.indicator,
              field: c.field,
              old: c.old,
              new: c.new,
              oldQualifier: c.field === 'actual' ? c.oldQualifier : null,
              newQualifier: c.field === 'actual' ? c.newQualifier : null,
              oldIllustrative:
                c.field === 'actual'
                  ? (storedRow?.illustrative ?? false)
                  : c.field === 'target'
                    ? (storedRow?.targetIllustrative ?? false)
                    : false,
              sheet: v?.sheet ?? null,
              cell: v?.cell ?? null,
              quote: v?.text?.quote ?? null,
            })
          }
        }
        const moved = new Set(prepared.planned.map((p) => p.indicator))
        for (const issue of prepared.after) {
          if (issue.severity !== 'warning' || issue.explained || !moved.has(issue.indicator)) continue
          const v = byIndicator.get(issue.indicator)?.[0]
          warnings.add(v?.sheet ?? null, v?.cell ?? null, `${label}: ${issue.message}`)
        }
        if (prepared.planned.length > 0) {
          const count = prepared.planned.reduce((n, p) => n + p.result.changes.length, 0)
          reports.push({
            unit: unit.code,
            unitName: unitFullName(unit),
            year: first.year,
            version,
            status: row?.status ?? 'draft',
            changes: count,
          })
          plan.push({ unit: unit.code, year: first.year, version, edits, changes: count })
        }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        placeError(error, cells, label, errors)
      }
    }
  })

  return {
    preview: {
      layout: read.layout,
      read: read.values.length,
      changes,
      unchanged,
      errors: errors.done(),
      warnings: warnings.done(),
      reports,
      mapping: read.mapping,
      mappingConfirmed: read.mappingConfirmed,
    },
    plan,
  }
}

type ConflictOut = ConflictCell & { year: number; unitName: string }

/**
 * Writes every planned report in one transaction through the entry form's save. A report whose
 * cells someone changed since the preview is a conflict: the whole import is rolled back and the
 * cells are answered (409), so nothing is overwritten and nothing is half-written.
 */
export function applyPlan(
  repos: Repositories,
  catalogue: Catalogue,
  user: AuthUser,
  plan: readonly PlannedReport[],
): ImportApplyResult {
  return repos.write(() => {
    const conflicts: ConflictOut[] = []
    const saved: ImportApplyResult['reports'] = []
    let applied = 0
    let refusal: HttpError | null = null
    for (const part of plan) {
      const unit = catalogue.byCode.get(part.unit)
      const unitName = unit ? unitFullName(unit) : part.unit
      try {
        const before = repos.reports.find(unit?.id ?? -1, part.year)?.version ?? 0
        const report = saveEdits(
          repos,
          reportScope(repos, part.unit, part.year),
          user,
          part.version,
          part.edits,
        )
        if (report.version !== before) {
          saved.push({ unit: part.unit, unitName, year: part.year, version: report.version })
          applied += part.changes
        }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        const cells = (error.extras.details?.['cells'] ?? []) as ConflictCell[]
        if (error.statusCode === 409) {
          if (cells.length > 0) conflicts.push(...cells.map((c) => ({ ...c, year: part.year, unitName })))
          else refusal ??= error
        } else {
          refusal ??= new HttpError(
            error.statusCode,
            error.code,
            `${unitName}, năm ${part.year}: ${error.message}`,
            error.issues,
          )
        }
      }
    }
    if (conflicts.length > 0) {
      throw new HttpError(
        409,
        'import_conflict',
        `${conflicts.length} ô đã được người khác thay đổi sau khi bạn xem trước; không ghi gì. ` +
          'Hãy xem giá trị mới, sửa tệp nếu cần rồi tải lên lại.',
        undefined,
        { details: { cells: conflicts } },
      )
    }
    if (refusal) throw refusal
    return { applied, reports: saved }
  })
}
