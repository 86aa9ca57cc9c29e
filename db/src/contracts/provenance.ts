// What an edit does to a cell's provenance: the one rule for the entry form, the target grid, and
// (issue 9) spreadsheet and report-text imports. Pure: old cell, edit, who → new cell + what to record.
// Tested case by case in provenance.test.ts; the server writes exactly what this returns.
import type { Period, Qualifier } from './enums.ts'
import { PERIOD_LABELS } from './labels.ts'

/** Where a change came from, as history records it. */
export const ORIGIN_KINDS = ['form', 'confirm', 'file', 'text'] as const
export type OriginKind = (typeof ORIGIN_KINDS)[number]

/** Where an edit comes from: typed in a form, a spreadsheet cell, or a quote of report text. */
export type EditOrigin =
  | { kind: 'form' }
  | { kind: 'file'; file: string; sheet: string | null; cell: string }
  | {
      kind: 'text'
      quote: string
      period: Period
      /** The text's words for the period ("9 tháng"). */ timing?: string | null
    }

/** What history records as a change's origin: an edit's, or the confirmation of an illustrative value. */
export type ChangeOrigin = EditOrigin | { kind: 'confirm' }

/** A stored cell (unit × indicator × year) as far as provenance goes. */
export interface ProvenanceCell {
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  /** The target was worked back from a stated percentage, not stated. */
  targetDerived: boolean
  statedPercent: number | null
  note: string | null
  /** The actual is invented demo data (and the row reads as such on the dashboard). */
  illustrative: boolean
  targetIllustrative: boolean
  sourceId: number | null
  /** The words of the source the actual comes from (an article's, or report text read by issue 9). */
  quote: string | null
  /** The part of the year the actual covers as its source states it, and the source's words for it. */
  period: Period
  timing: string | null
}

export const EMPTY_CELL: ProvenanceCell = {
  actual: null,
  actualQualifier: 'exact',
  target: null,
  targetDerived: false,
  statedPercent: null,
  note: null,
  illustrative: false,
  targetIllustrative: false,
  sourceId: null,
  quote: null,
  period: 'year',
  timing: null,
}

/** One edit of one cell. An absent field is left as it is; null clears it. */
export interface CellEdit {
  actual?: number | null
  /** How the actual is stated; absent with a new actual means exact (a typed number is exact). */
  actualQualifier?: Qualifier
  target?: number | null
  /** Only with a new target: it was worked back from a stated percentage. */
  targetDerived?: boolean
  /** The percentage a source printed; absent with a new actual or target clears the stored one. */
  statedPercent?: number | null
  note?: string | null
  /** "Xác nhận": the unit states that an illustrative actual is its real figure, unchanged. */
  confirm?: boolean
  origin: EditOrigin
  /** Where each field comes from when they differ (a file's actual and target are two cells). */
  fieldOrigins?: Partial<Record<EditedField, EditOrigin>>
}

export type EditedField = 'actual' | 'target' | 'note'

export interface FieldChange {
  field: EditedField
  old: number | string | null
  new: number | string | null
  /** Actual only: the qualifier before and after (a qualifier alone is a change of the actual). */
  oldQualifier: Qualifier | null
  newQualifier: Qualifier | null
  origin: ChangeOrigin
}

export interface EditResult {
  cell: ProvenanceCell
  /** One entry per field that changed (what history records and which revisions move). */
  changes: FieldChange[]
}

/** An empty note is no note. */
const noteOf = (note: string | null | undefined): string | null => (note ? note : null)

function actualProvenance(
  origin: EditOrigin,
): Pick<ProvenanceCell, 'sourceId' | 'quote' | 'period' | 'timing'> {
  // A value someone types or imports is that person's statement for the year: the article (or the
  // demo source) and its cut-off no longer back it. Text extraction keeps the sentence it read and
  // the period that sentence states ("9 tháng đầu năm": part of the year).
  if (origin.kind === 'text')
    return { sourceId: null, quote: origin.quote, period: origin.period, timing: origin.timing ?? null }
  return { sourceId: null, quote: null, period: 'year', timing: null }
}

/**
 * The cell after `edit`: a new or re-qualified actual is real, with the edit's origin; a new target
 * is real and stated (not derived) unless the edit says otherwise; a note alone changes no
 * provenance (adding a note to an invented figure must not make it look reported); a confirmation
 * makes an illustrative actual real without changing the number.
 */
export function applyEdit(old: ProvenanceCell | null, edit: CellEdit): EditResult {
  const before = old ?? EMPTY_CELL
  const cell: ProvenanceCell = { ...before }
  const changes: FieldChange[] = []
  const originOf = (field: EditedField) => edit.fieldOrigins?.[field] ?? edit.origin
  const record = (field: EditedField, from: FieldChange['old'], to: FieldChange['new']) =>
    changes.push({
      field,
      old: from,
      new: to,
      oldQualifier: null,
      newQualifier: null,
      origin: originOf(field),
    })

  const actual = edit.actual === undefined ? before.actual : edit.actual
  // Re-sending the stored number keeps its qualifier; a different number with none given is exact.
  const qualifier: Qualifier =
    actual === null
      ? 'exact'
      : (edit.actualQualifier ?? (actual === before.actual ? before.actualQualifier : 'exact'))
  const actualChanged = actual !== before.actual || qualifier !== before.actualQualifier
  const target = edit.target === undefined ? before.target : edit.target
  const targetChanged = target !== before.target

  if (actualChanged) {
    Object.assign(
      cell,
      { actual, actualQualifier: qualifier, illustrative: false },
      actualProvenance(originOf('actual')),
    )
    changes.push({
      field: 'actual',
      old: before.actual,
      new: actual,
      oldQualifier: before.actualQualifier,
      newQualifier: qualifier,
      origin: originOf('actual'),
    })
  } else if (edit.confirm && before.illustrative && before.actual !== null) {
    Object.assign(cell, { illustrative: false, sourceId: null, quote: null })
    changes.push({
      field: 'actual',
      old: before.actual,
      new: before.actual,
      oldQualifier: before.actualQualifier,
      newQualifier: before.actualQualifier,
      origin: { kind: 'confirm' },
    })
  }
  if (targetChanged) {
    Object.assign(cell, {
      target,
      targetIllustrative: false,
      targetDerived: target !== null && (edit.targetDerived ?? false),
    })
    record('target', before.target, target)
  }
  if (actualChanged || targetChanged) {
    // A printed percentage belonged to the old amounts; only a new statement of it replaces it.
    cell.statedPercent = edit.statedPercent === undefined ? null : edit.statedPercent
  }
  const note = edit.note === undefined ? before.note : noteOf(edit.note)
  if (note !== before.note) {
    cell.note = note
    record('note', before.note, note)
  }
  return { cell, changes }
}

/** How history words where a change came from: "nhập từ tệp bao-cao-2026.xlsx, ô D7". */
export function originText(origin: ChangeOrigin): string {
  switch (origin.kind) {
    case 'form':
      return 'nhập trên biểu mẫu'
    case 'confirm':
      return 'xác nhận số liệu minh họa là số liệu thật'
    case 'file':
      return `nhập từ tệp ${origin.file}${origin.sheet ? `, trang ${origin.sheet}` : ''}, ô ${origin.cell}`
    case 'text':
      return `đọc từ văn bản báo cáo (${PERIOD_LABELS[origin.period].toLocaleLowerCase('vi')}): “${origin.quote}”`
  }
}

/**
 * How a stored quote separates the passages it joins ("hỗ trợ cho 2.703 lượt NLĐ … tiền mặt cho 3.321
 * đoàn viên"). The articles write their own ellipsis without a space before it ("khó khăn…"), so this
 * spaced form never splits a passage (a seed test checks the articles).
 */
export const QUOTE_PART_SEPARATOR = ' … '

/** What a reader sees between two passages: each passage has its own quotation marks, then " · ". */
export const QUOTE_PART_JOINER = ' · '

/** The passages of a stored quote, in order; an empty list for no quote. */
export function quoteParts(quote: string | null): string[] {
  if (!quote) return []
  return quote
    .split(QUOTE_PART_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
}

/** A stored quote from passages (the seed and imports write quotes through this). */
export function joinQuoteParts(parts: readonly string[]): string {
  return parts.map((p) => p.trim()).join(QUOTE_PART_SEPARATOR)
}

/**
 * A quote as every page, slide and export shows it (issue 11 item 7): each passage in its own
 * quotation marks, joined by " · ", so the article's own "…" is never taken for a cut:
 * “hỗ trợ cho 2.703 lượt NLĐ” · “tiền mặt cho 3.321 đoàn viên”.
 */
export function quoteText(quote: string | null): string | null {
  const parts = quoteParts(quote)
  return parts.length === 0 ? null : parts.map((p) => `“${p}”`).join(QUOTE_PART_JOINER)
}

/** "145%" as the source printed it: up to two decimals, decimal comma ("91,66%"). */
function statedPercentText(percent: number): string {
  return `${String(Math.round(percent * 100) / 100).replace('.', ',')}%`
}

/**
 * The mark of a target worked back from a stated percentage (issue 11 item 5): "suy ra từ 145%",
 * shown beside the target on every page, slide and export (the API serves it as `targetNote`).
 */
export function targetNote(figure: {
  targetDerived: boolean
  statedPercent: number | null
  target: number | null
}): string | null {
  if (!figure.targetDerived || figure.target === null) return null
  return figure.statedPercent === null ? 'suy ra' : `suy ra từ ${statedPercentText(figure.statedPercent)}`
}
