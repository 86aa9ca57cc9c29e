// What the reviewer decided about each proposal, and the one list of accepted figures that saving
// sends (POST /api/imports/text, then apply: the entry form's save, with the quote, qualifier and period as origin).
import type { Period, Proposal, Qualifier } from '@ldld/db/contracts'

export type Decision = 'pending' | 'accepted' | 'rejected'

/** The fields a reviewer may change before accepting. */
export interface Figure {
  indicator: string
  actual: number | null
  target: number | null
  qualifier: Qualifier
  unit: string | null
  year: number | null
}

export interface ReviewItem {
  decision: Decision
  figure: Figure
  edited: boolean
}

export type Review = Readonly<Record<string, ReviewItem>>

export const figureOf = (p: Proposal): Figure => ({
  indicator: p.indicator,
  actual: p.actual,
  target: p.target,
  qualifier: p.qualifier,
  unit: p.unit,
  year: p.year,
})

export function startReview(proposals: readonly Proposal[]): Review {
  return Object.fromEntries(
    proposals.map((p) => [p.id, { decision: 'pending', figure: figureOf(p), edited: false }]),
  )
}

export function decide(review: Review, id: string, decision: Decision): Review {
  const item = review[id]
  return item ? { ...review, [id]: { ...item, decision } } : review
}

/** An edit is a decision too: the reviewer has looked and corrected, so the figure is accepted. */
export function edit(review: Review, id: string, figure: Figure): Review {
  const item = review[id]
  return item ? { ...review, [id]: { decision: 'accepted', figure, edited: true } } : review
}

/** Why an accepted figure cannot be saved as it stands (a multi-year total, no unit, no value…). */
export function blockers(p: Proposal, f: Figure): string[] {
  const out: string[] = []
  if (p.period === 'multi_year') out.push('Số của nhiều năm: không lưu được thành số của một năm.')
  if (f.unit === null) out.push('Chưa chọn đơn vị.')
  if (f.year === null) out.push('Chưa chọn năm.')
  if (f.actual === null && f.target === null) out.push('Không có số thực hiện hay chỉ tiêu để lưu.')
  return out
}

/** One figure of the list to save, with where it came from. */
export interface AcceptedFigure extends Figure {
  unit: string
  year: number
  period: Period
  /** The report's words for the period ("9 tháng đầu năm"), if any. */
  periodText: string | null
  /** The exact words of the report (joined with " … " when several amounts were summed). */
  quote: string
  statedPercent: number | null
  origin: 'extracted_report_text'
  /** The proposals it comes from. */
  from: string[]
}

export interface AcceptedList {
  figures: AcceptedFigure[]
  /** Two accepted figures for one cell that may not be summed: the reviewer must keep one. */
  conflicts: Array<{ unit: string; year: number; indicator: string; from: string[] }>
  /** Accepted proposals left out, with why. */
  blocked: Array<{ id: string; reasons: string[] }>
}

/** Welfare is reported in parts; the year's figure is their sum (domain.md §5). Nothing else sums. */
const SUMMED = new Set(['welfare_spending', 'welfare_beneficiaries'])

function combine(a: AcceptedFigure, b: AcceptedFigure): AcceptedFigure {
  const bounded = a.qualifier === 'at_least' || b.qualifier === 'at_least'
  return {
    ...a,
    actual: a.actual === null || b.actual === null ? (a.actual ?? b.actual) : a.actual + b.actual,
    qualifier: bounded ? 'at_least' : a.qualifier === b.qualifier ? a.qualifier : 'about',
    quote: `${a.quote} … ${b.quote}`,
    from: [...a.from, ...b.from],
  }
}

export function acceptedList(proposals: readonly Proposal[], review: Review): AcceptedList {
  const cells = new Map<string, AcceptedFigure>()
  const conflicts: AcceptedList['conflicts'] = []
  const blocked: AcceptedList['blocked'] = []
  for (const p of proposals) {
    const item = review[p.id]
    if (item?.decision !== 'accepted') continue
    const f = item.figure
    const reasons = blockers(p, f)
    if (reasons.length > 0 || f.unit === null || f.year === null) {
      blocked.push({ id: p.id, reasons })
      continue
    }
    const figure: AcceptedFigure = {
      ...f,
      unit: f.unit,
      year: f.year,
      period: p.period,
      periodText: p.periodText,
      quote: p.quote.text,
      statedPercent: item.edited ? null : p.statedPercent,
      origin: 'extracted_report_text',
      from: [p.id],
    }
    const key = `${f.unit}|${f.year}|${f.indicator}`
    const prior = cells.get(key)
    if (!prior) cells.set(key, figure)
    else if (SUMMED.has(f.indicator)) cells.set(key, combine(prior, figure))
    else conflicts.push({ unit: f.unit, year: f.year, indicator: f.indicator, from: [...prior.from, p.id] })
  }
  return { figures: [...cells.values()], conflicts, blocked }
}
