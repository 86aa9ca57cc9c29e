// Pieces every exported table shares: the "Ghi chú" and "Nguồn" texts of a figure.
import {
  coverageText,
  DERIVED_BOUND_PREFIX,
  type DerivedMarksBody,
  DATA_BASIS_LABELS,
  ILLUSTRATIVE_LABEL,
  REPORT_STATUS_LABELS,
  type Coverage,
  type Qualifier,
  type ReportState,
  type Source,
} from '@ldld/db/contracts'
import { derivedMarkWords, derivedShown } from '../../derived-text.ts'
import type { ExportColumn } from '../table-model.ts'

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
