// Pieces every exported table shares: the "Ghi chú" and "Nguồn" texts of a figure.
import {
  coverageText,
  DERIVED_BOUND_PREFIX,
  type DerivedMarksBody,
  DATA_BASIS_LABELS,
  ILLUSTRATIVE_LABEL,
  REPORT_STATUS_LABELS,
  STATUS_LABELS,
  type Coverage,
  type Qualifier,
  type ReportState,
  type Source,
  type Status,
} from '@ldld/db/contracts'
import { derivedMarkWords, derivedShown } from '../../derived-text.ts'
import type { ExportColumn, ExportValue } from '../table-model.ts'

export interface NotedFigure {
  actualQualifier: Qualifier
  illustrative: boolean
  targetDerived?: boolean
  /** "suy ra từ 145%" (the API's words for a target worked back from a stated %). */
  targetNote?: string | null
  percentBasis?: 'computed' | 'stated' | null
  /** Marks of the change from last year (or of the rank change), when the row has one. */
  derivedFrom?: DerivedMarksBody
  /** The row holds a change (yoy or rank change) whose marks `derivedFrom` gives. */
  changed?: boolean
}

/**
 * The change of a row as a number column holds it: left out (null) when computed from a part-year
 * figure; the marks go into "Ghi chú" (`changeNotes`). One rule with the deck and the report
 * (lib/derived-text.ts).
 */
export function changeCell(value: number | null, marks: DerivedMarksBody | undefined): number | null {
  if (value === null) return null
  return marks && !derivedShown(marks) ? null : value
}

function changeNotes(figure: NotedFigure, what: string): string[] {
  const marks = figure.derivedFrom
  if (!marks || !figure.changed) return []
  if (!derivedShown(marks)) return [`${what}: không so sánh (có số liệu một phần năm)`]
  return [
    ...(marks.bound === 'exact'
      ? []
      : [`${what} là ${DERIVED_BOUND_PREFIX[marks.bound].trim()} (tính từ số có cận)`]),
    ...derivedMarkWords(marks).map((word) => `${what} ${word}`),
  ]
}

const QUALIFIER_NOTES: Record<Qualifier, string | null> = {
  exact: null,
  at_least: 'số thực hiện là cận dưới (“hơn”)',
  at_most: 'số thực hiện là cận trên (“gần”)',
  about: 'số thực hiện là ước tính (“khoảng”)',
}

/** A number column cannot say "hơn 10 tỷ": the bound, derived targets and demo data go here in words. */
export function notesOf(figure: NotedFigure, changeWhat = 'so với năm trước'): string | null {
  const notes = [
    QUALIFIER_NOTES[figure.actualQualifier],
    figure.targetNote
      ? `chỉ tiêu ${figure.targetNote}`
      : figure.targetDerived
        ? 'chỉ tiêu suy ra từ tỷ lệ % nguồn nêu'
        : null,
    figure.percentBasis === 'stated' ? '% đạt theo nguồn, không có số tuyệt đối' : null,
    figure.illustrative ? ILLUSTRATIVE_LABEL : null,
    ...changeNotes(figure, changeWhat),
  ].filter((note): note is string => note !== null)
  return notes.length > 0 ? notes.join('; ') : null
}

/** "Báo Lao động Thủ đô — Đã làm tốt, phấn đấu làm tốt hơn"; demo figures say so instead. */
export function sourceText(
  sourceId: number | null,
  sources: readonly Source[],
  illustrative: boolean,
): string | null {
  if (illustrative) return ILLUSTRATIVE_LABEL
  const source = sources.find((s) => s.id === sourceId)
  if (!source) return null
  return source.publisher ? `${source.publisher} — ${source.title}` : source.title
}

export const column = (header: string, type: ExportColumn['type'], width: number): ExportColumn => ({
  header,
  type,
  width,
})

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
export function sheetName(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31)
}

/** Every row says which figures it holds, so a file passed on cannot be mistaken for the other view. */
export function basisCell(coverage: Pick<Coverage, 'basis' | 'reported' | 'expected'>): string {
  return `${DATA_BASIS_LABELS[coverage.basis]} (${coverageText(coverage)})`
}

export const BASIS_COLUMN = 'Số liệu'

/** The report's workflow state in words; empty when the figures came from outside the workflow. */
export function reportStateText(report: ReportState): string | null {
  return report === 'none' ? null : REPORT_STATUS_LABELS[report]
}

/** "-da-duyet" in the file name of an accepted-only download. */
export function basisSuffix(basis: Coverage['basis']): string {
  return basis === 'accepted' ? '-da-duyet' : ''
}

/** Notes joined with "; ", the missing ones left out; no note at all is an empty cell. */
export function joinNotes(parts: ReadonlyArray<string | null>): string | null {
  const kept = parts.filter((p): p is string => p !== null)
  return kept.length > 0 ? kept.join('; ') : null
}

/** What a figure holds, as the figure columns show it; a missing figure shows as "Chưa có số liệu". */
export interface FigureValues {
  actual: number | null
  target: number | null
  percent: number | null
  status: Status
}

/**
 * "Thực hiện", "Chỉ tiêu giao", "% đạt", "Trạng thái": the figure columns of the tables in which
 * each row is a unit (or the city) and an indicator. With `unitLabel`, the headers carry it
 * ("Thực hiện (đoàn viên)") for a table of one indicator, and the number columns are wider.
 */
export function figureColumns(unitLabel?: string): ExportColumn[] {
  const per = unitLabel === undefined ? '' : ` (${unitLabel})`
  const width = unitLabel === undefined ? 16 : 18
  return [
    column(`Thực hiện${per}`, 'integer', width),
    column(`Chỉ tiêu giao${per}`, 'integer', width),
    column('% đạt', 'decimal', 9),
    column('Trạng thái', 'text', 18),
  ]
}

/** The cells under `figureColumns`, in their order. */
export function figureCells(figure: FigureValues | undefined): ExportValue[] {
  return [
    figure?.actual ?? null,
    figure?.target ?? null,
    figure?.percent ?? null,
    STATUS_LABELS[figure?.status ?? 'no_data'],
  ]
}

/** "Báo cáo", "Nguồn", "Ghi chú" and the basis: where every table's row says where it comes from. */
export function provenanceColumns(basisWidth: number): ExportColumn[] {
  return [
    column('Báo cáo', 'text', 16),
    column('Nguồn', 'text', 40),
    column('Ghi chú', 'text', 40),
    column(BASIS_COLUMN, 'text', basisWidth),
  ]
}

/** A row's report state and source, as `provenanceColumns` hold them. */
export interface ProvenanceValues {
  report: ReportState
  sourceId: number | null
  illustrative: boolean
}

/** The cells under `provenanceColumns`; a row without a figure has no report state or source. */
export function provenanceCells(
  figure: ProvenanceValues | undefined,
  sources: readonly Source[],
  notes: string | null,
  basis: string,
): ExportValue[] {
  return [
    figure ? reportStateText(figure.report) : null,
    figure ? sourceText(figure.sourceId, sources, figure.illustrative) : null,
    notes,
    basis,
  ]
}
