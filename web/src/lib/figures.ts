// Texts of one figure, shared by tables, tooltips and screen-reader labels. Percent, status and
// change always come from the API; this only words them.
import { ILLUSTRATIVE_LABEL, STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import type { Indicator, Qualifier, Status } from '@ldld/db/contracts'
import { formatAmount, formatCompact, formatCount, formatPercent, formatValue } from '@ldld/db/format'

export interface Figure {
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  percent: number | null
  status: Status
  illustrative: boolean
}

type UnitOf = Pick<Indicator, 'unitKind' | 'unitLabel'>

/** No figure to show: none entered, the unit has not reported, or its report is not accepted. */
export function isMissing(status: Status): boolean {
  return status === 'no_data' || status === 'not_reported' || status === 'not_accepted'
}

/** Bare amount without a count's unit: "2.352", "1 tỷ 250,3 triệu đồng" (contracts' formatAmount). */
export function amountText(value: number, indicator: UnitOf): string {
  return formatAmount(value, indicator.unitKind)
}

/** Amount with its bound but no count unit, for a table column whose header names the unit. */
export function boundedAmountText(value: number, indicator: UnitOf, qualifier: Qualifier = 'exact'): string {
  return formatAmount(value, indicator.unitKind, qualifier)
}

/** Column header naming the unit of a count ("Thực hiện (đoàn viên)"); money cells carry "đồng" themselves. */
export function unitHeading(label: string, indicator: UnitOf): string {
  return indicator.unitKind === 'money' ? label : `${label} (${indicator.unitLabel})`
}

/** Amount with unit and bound: "hơn 10 tỷ đồng", "2.352 đoàn viên". */
export function valueText(value: number, indicator: UnitOf, qualifier: Qualifier = 'exact'): string {
  return formatValue(value, indicator.unitKind, indicator.unitLabel, qualifier)
}

/**
 * Short label for the status grid, a bar or a slide: "2.352", "hơn 11,78 tỷ" (a bound keeps its
 * side: a lower bound is rounded down). Counts stay exact.
 */
export function shortValueText(value: number, indicator: UnitOf, qualifier: Qualifier = 'exact'): string {
  return indicator.unitKind === 'money'
    ? formatCompact(value, 'money', qualifier)
    : formatCount(value, qualifier)
}

/** "2.352/1.330, đạt 176,8% (Đạt/vượt)", or the value alone when there is no target. */
export function figureSummary(figure: Figure, indicator: UnitOf): string {
  if (isMissing(figure.status)) {
    const target = figure.target === null ? '' : ` (chỉ tiêu ${amountText(figure.target, indicator)})`
    return `${STATUS_LABELS[figure.status]}${target}`
  }
  const parts: string[] = []
  if (figure.actual !== null) {
    const actual = formatAmount(figure.actual, indicator.unitKind, figure.actualQualifier)
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

/** Tooltip lines: "Thực hiện: 2.352 đoàn viên", "Chỉ tiêu: 1.330 đoàn viên", "✓ Đạt 176,8% — Đạt/vượt". */
export function figureLines(figure: Figure | undefined, indicator: UnitOf): string[] {
  if (!figure) return [`${STATUS_ICONS.no_data} ${STATUS_LABELS.no_data}`]
  if (isMissing(figure.status)) {
    const missing = `${STATUS_ICONS[figure.status]} ${STATUS_LABELS[figure.status]}`
    return figure.target === null ? [missing] : [missing, `Chỉ tiêu: ${valueText(figure.target, indicator)}`]
  }
  const lines: string[] = []
  if (figure.actual !== null)
    lines.push(`Thực hiện: ${valueText(figure.actual, indicator, figure.actualQualifier)}`)
  if (figure.target !== null) lines.push(`Chỉ tiêu: ${valueText(figure.target, indicator)}`)
  const pct = figure.percent === null ? '' : `Đạt ${formatPercent(figure.percent)} — `
  lines.push(`${STATUS_ICONS[figure.status]} ${pct}${STATUS_LABELS[figure.status]}`)
  if (figure.illustrative) lines.push(`(${ILLUSTRATIVE_LABEL})`)
  return lines
}
