// The entry form's state: the text of every field as typed, against the report it was based on.
// Values are compared after parsing, so "2352" and "2.352" are the same figure, not a change.
import type { ParseResult, Qualifier, Report, ReportValue, SaveValue, UnitKind } from '@ldld/db/contracts'
import { inputText, parseInput } from '../../../lib/figure-text.ts'
import { qualifierChanged, qualifierOf } from './qualifier.ts'

export type FigureField = 'actual' | 'target'
export type EntryField = FigureField | 'note'
export const ENTRY_FIELDS: readonly EntryField[] = ['actual', 'target', 'note']

export interface RowDraft {
  actual: string
  target: string
  note: string
  /** The user pressed "Xác nhận" on the illustrative actual: the next save confirms it as real. */
  confirm?: boolean
  /** A qualifier the user picked for the actual; null follows the rule (see qualifier.ts). */
  qualifier?: Qualifier | null
}
export type Drafts = Record<string, RowDraft>

export interface ParsedRow {
  actual: ParseResult
  target: ParseResult
  note: string | null
}

export function draftOf(value: ReportValue): RowDraft {
  return {
    actual: inputText(value.actual, value.unitKind),
    target: inputText(value.target, value.unitKind),
    note: value.note ?? '',
    confirm: false,
    qualifier: null,
  }
}

export function draftsOf(report: Report): Drafts {
  return Object.fromEntries(report.values.map((v) => [v.indicator, draftOf(v)]))
}

export function parseRow(draft: RowDraft, kind: UnitKind): ParsedRow {
  return {
    actual: parseInput(draft.actual, kind),
    target: parseInput(draft.target, kind),
    note: draft.note.trim() || null,
  }
}

/** Whether the typed text says something other than the stored value (unreadable text always does). */
export function fieldChanged(value: ReportValue, draft: RowDraft | undefined, field: EntryField): boolean {
  if (!draft) return false
  const parsed = parseRow(draft, value.unitKind)
  if (field === 'note') return parsed.note !== (value.note?.trim() || null)
  const result = parsed[field]
  // A qualifier alone ("hơn" picked for the same number) is a change of the actual, as the server says.
  if (field === 'actual' && qualifierChanged(value, draft)) return true
  return !result.ok || result.value !== value[field]
}

export interface EditRights {
  editActual: boolean
  editTarget: boolean
}

export function editable(field: EntryField, can: EditRights): boolean {
  if (field === 'actual') return can.editActual
  if (field === 'target') return can.editTarget
  // A note explains the unit's own figure: whoever enters the figure writes it (the server agrees).
  return can.editActual
}

/** The body's values: only the fields this user may edit and did change, and only readable ones. */
export function changesOf(report: Report, drafts: Drafts): SaveValue[] {
  const changes: SaveValue[] = []
  for (const value of report.values) {
    const draft = drafts[value.indicator]
    if (!draft) continue
    const parsed = parseRow(draft, value.unitKind)
    const change: SaveValue = { indicator: value.indicator }
    for (const field of ['actual', 'target'] as const) {
      const result = parsed[field]
      if (editable(field, report.can) && result.ok && result.value !== value[field])
        change[field] = result.value
    }
    if (editable('actual', report.can) && parsed.actual.ok) {
      // A new number without a word is exact on the server too; say the qualifier when it is not,
      // and alone when only the qualifier changed.
      const qualifier = qualifierOf(value, draft)
      if (
        change.actual !== undefined
          ? change.actual !== null && qualifier !== 'exact'
          : qualifierChanged(value, draft)
      )
        change.actualQualifier = qualifier
    }
    if (editable('note', report.can) && fieldChanged(value, draft, 'note')) change.note = parsed.note
    if (confirms(value, draft) && editable('actual', report.can) && change.actual === undefined)
      change.confirm = true
    if (Object.keys(change).length > 1) changes.push(change)
  }
  return changes
}

/** A pending "xác nhận": the stored actual is illustrative and the user confirmed it as typed. */
export function confirms(value: ReportValue, draft: RowDraft | undefined): boolean {
  return (
    Boolean(draft?.confirm) &&
    value.illustrative &&
    value.actual !== null &&
    !fieldChanged(value, draft, 'actual')
  )
}

/** Unsaved work: any editable field whose text differs from the stored value, or a pending confirmation. */
export function isDirty(report: Report, drafts: Drafts): boolean {
  return report.values.some(
    (value) =>
      ENTRY_FIELDS.some(
        (field) => editable(field, report.can) && fieldChanged(value, drafts[value.indicator], field),
      ) ||
      (editable('actual', report.can) && confirms(value, drafts[value.indicator])),
  )
}

/**
 * Illustrative actuals still standing: neither confirmed nor replaced by a typed number. The form
 * blocks "Gửi báo cáo" on them, as the server does (422 illustrative_unconfirmed).
 */
export function pendingIllustrative(report: Report, drafts: Drafts): ReportValue[] {
  return report.values.filter((value) => {
    const draft = drafts[value.indicator]
    return (
      value.illustrative &&
      value.actual !== null &&
      !confirms(value, draft) &&
      !fieldChanged(value, draft, 'actual')
    )
  })
}

export interface ParseProblem {
  indicator: string
  field: FigureField
  message: string
}

export function parseProblems(report: Report, drafts: Drafts): ParseProblem[] {
  const problems: ParseProblem[] = []
  for (const value of report.values) {
    const draft = drafts[value.indicator]
    if (!draft) continue
    const parsed = parseRow(draft, value.unitKind)
    for (const field of ['actual', 'target'] as const) {
      const result = parsed[field]
      if (!result.ok && editable(field, report.can))
        problems.push({ indicator: value.indicator, field, message: result.message })
    }
  }
  return problems
}

/** DOM id of a field, shared by the inputs and the links of the summaries. */
export function fieldId(indicator: string, field: EntryField): string {
  return `entry-${indicator}-${field}`
}
