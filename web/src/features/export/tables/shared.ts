// Pieces every exported table shares: the "Ghi chú" and "Nguồn" texts of a figure.
import { ILLUSTRATIVE_LABEL, type Qualifier, type Source } from '@ldld/db/contracts'
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
