// Pieces every exported table shares: the "Ghi chú" and "Nguồn" texts of a figure.
import {
  coverageText,
  DATA_BASIS_LABELS,
  ILLUSTRATIVE_LABEL,
  REPORT_STATUS_LABELS,
  type Coverage,
  type Qualifier,
  type ReportState,
  type Source,
} from '@ldld/db/contracts'
import type { ExportColumn } from '../table-model.ts'

export interface NotedFigure {
  actualQualifier: Qualifier
  illustrative: boolean
  targetDerived?: boolean
  percentBasis?: 'computed' | 'stated' | null
}

const QUALIFIER_NOTES: Record<Qualifier, string | null> = {
  exact: null,
  at_least: 'số thực hiện là cận dưới (“hơn”)',
  at_most: 'số thực hiện là cận trên (“gần”)',
  about: 'số thực hiện là ước tính (“khoảng”)',
}

/** A number column cannot say "hơn 10 tỷ": the bound, derived targets and demo data go here in words. */
export function notesOf(figure: NotedFigure): string | null {
  const notes = [
    QUALIFIER_NOTES[figure.actualQualifier],
    figure.targetDerived ? 'chỉ tiêu suy ra từ tỷ lệ % nguồn nêu' : null,
    figure.percentBasis === 'stated' ? '% đạt theo nguồn, không có số tuyệt đối' : null,
    figure.illustrative ? ILLUSTRATIVE_LABEL : null,
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
