// Texts of one figure, shared by tables, tooltips and screen-reader labels. Percent, status and
// change always come from the API; this only words them.
import { ILLUSTRATIVE_LABEL, QUALIFIER_PREFIX, STATUS_LABELS } from '@ldld/db/contracts'
import type { Indicator, Qualifier, Status } from '@ldld/db/contracts'
import { formatCompact, formatMoney, formatNumber, formatPercent, formatValue } from '@ldld/db/format'

export interface Figure {
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  percent: number | null
  status: Status
  illustrative: boolean
}

type UnitOf = Pick<Indicator, 'unitKind' | 'unitLabel'>

/** Bare amount without unit: "2.352", "1 tỷ 250,3 triệu đồng". */
export function amountText(value: number, indicator: UnitOf): string {
  return indicator.unitKind === 'money' ? formatMoney(value) : formatNumber(value)
}

/** Amount with unit and bound: "hơn 10 tỷ đồng", "2.352 đoàn viên". */
export function valueText(value: number, indicator: UnitOf, qualifier: Qualifier = 'exact'): string {
  return formatValue(value, indicator.unitKind, indicator.unitLabel, qualifier)
}

/** Short form for a dense table cell: "2.352", "hơn 1,25 tỷ". */
export function shortValueText(value: number, indicator: UnitOf, qualifier: Qualifier = 'exact'): string {
  const body = indicator.unitKind === 'money' ? formatCompact(value, 'money') : formatNumber(value)
  return `${QUALIFIER_PREFIX[qualifier]}${body}`
}

/** "2.352/1.330, đạt 176,8% (Đạt/vượt)", or the value alone when there is no target. */
export function figureSummary(figure: Figure, indicator: UnitOf): string {
  if (figure.status === 'no_data') return STATUS_LABELS.no_data
  const parts: string[] = []
  if (figure.actual !== null) {
    const actual = `${QUALIFIER_PREFIX[figure.actualQualifier]}${amountText(figure.actual, indicator)}`
    parts.push(figure.target === null ? actual : `${actual}/${amountText(figure.target, indicator)}`)
  }
  if (figure.percent !== null) parts.push(`đạt ${formatPercent(figure.percent)}`)
  const text = `${parts.join(', ')} (${STATUS_LABELS[figure.status]})`
  return figure.illustrative ? `${text}, ${ILLUSTRATIVE_LABEL}` : text
}

/** "Hai Bà Trưng — Đoàn viên kết nạp mới: 2.352/1.330, đạt 176,8% (Đạt/vượt)". */
export function describeFigure(unitName: string, indicator: Indicator, figure: Figure | undefined): string {
  const body = figure ? figureSummary(figure, indicator) : STATUS_LABELS.no_data
  return `${unitName} — ${indicator.shortNameVi}: ${body}`
}
