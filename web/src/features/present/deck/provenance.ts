// Footnotes saying where a slide's figures come from: real figures name their source, demo
// figures carry "dữ liệu minh họa" on the slide itself (domain.md §5), not only on the web pages.
import { ILLUSTRATIVE_LABEL, joinQuoteParts, type Source } from '@ldld/db/contracts'
import { formatDate } from '@ldld/db/format'

export interface Sourced {
  unitName: string
  illustrative: boolean
  sourceId: number | null
}

const MAX_NAMES = 3

function names(list: readonly string[]): string {
  const unique = [...new Set(list)]
  if (unique.length <= MAX_NAMES) return unique.join(', ')
  return `${unique.slice(0, MAX_NAMES).join(', ')} và ${unique.length - MAX_NAMES} đơn vị khác`
}

/** "Nguồn: Báo Lao động Thủ đô (Hoàng Mai). Các số liệu khác: dữ liệu minh họa." */
export function provenanceNotes(figures: readonly Sourced[], sources: readonly Source[]): string[] {
  const anyIllustrative = figures.some((f) => f.illustrative)
  const bySource = new Map<string, string[]>()
  for (const figure of figures) {
    if (figure.illustrative) continue
    const source = sources.find((s) => s.id === figure.sourceId)
    if (!source) continue
    const label = source.publisher ?? source.title
    bySource.set(label, [...(bySource.get(label) ?? []), figure.unitName])
  }
  if (bySource.size === 0) return anyIllustrative ? [`Số liệu trên trang này là ${ILLUSTRATIVE_LABEL}.`] : []
  const cited = `Nguồn: ${[...bySource].map(([label, units]) => `${label} (${names(units)})`).join('; ')}.`
  return [anyIllustrative ? `${cited} Các số liệu khác: ${ILLUSTRATIVE_LABEL}.` : cited]
}

export interface QuotedFigure extends Sourced {
  /** "Đoàn viên kết nạp mới: 2.352/1.330, đạt 176,8% (Đạt/vượt)": the figure as the slide states it. */
  figure: string
  quoteParts: readonly string[]
}

/**
 * Speaker notes: each real figure on the slide with its source and the source's own words, so a
 * presenter asked "where does this come from?" can answer. Illustrative figures are said once.
 */
export function speakerNotes(figures: readonly QuotedFigure[], sources: readonly Source[]): string[] {
  const lines: string[] = []
  for (const f of figures) {
    if (f.illustrative) continue
    const source = sources.find((s) => s.id === f.sourceId)
    if (!source) continue
    const where = [
      source.publisher,
      `“${source.title}”`,
      source.publishedOn ? formatDate(source.publishedOn) : null,
      source.url,
    ]
      .filter((part): part is string => Boolean(part))
      .join(', ')
    const quote = f.quoteParts.length > 0 ? ` Trích: ${joinQuoteParts(f.quoteParts)}.` : ''
    lines.push(`${f.unitName} — ${f.figure}. Nguồn: ${where}.${quote}`)
  }
  if (figures.some((f) => f.illustrative))
    lines.push(`Các số liệu khác trên trang là ${ILLUSTRATIVE_LABEL}, không phải số liệu thật.`)
  return lines
}
