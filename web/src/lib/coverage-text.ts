// The words that go beside a total or a year: what it is computed from ("tính trên 12/30 đơn vị đã
// báo cáo"), what it leaves out ("+ 3 đơn vị không giao chỉ tiêu: 4.120") and which figures were
// read. Cards, tables, slides, the PowerPoint, the print report and the exports all say it this way.
import {
  coverageText,
  DATA_BASIS_LABELS,
  workflowText,
  type Coverage,
  type Indicator,
  type Total,
} from '@ldld/db/contracts'
import { amountText, boundedAmountText } from './figures.ts'

type UnitOf = Pick<Indicator, 'unitKind' | 'unitLabel'>

/** "tính trên 12/30 đơn vị đã báo cáo" (of this indicator); null when every unit reported. */
export function totalCoverageText(total: Pick<Total, 'reported' | 'expected'>, basis: Coverage['basis']) {
  if (total.expected === 0 || total.reported >= total.expected) return null
  return `tính trên ${coverageText({ basis, reported: total.reported, expected: total.expected })}`
}

/** "+ 3 đơn vị không giao chỉ tiêu: 4.120": what the result beside the % leaves out. */
export function totalRestText(total: Total, indicator: UnitOf): string | null {
  const rest = total.basis.rest
  if (!rest) return null
  return `+ ${rest.units} đơn vị không giao chỉ tiêu: ${boundedAmountText(rest.actual, indicator, rest.actualQualifier)}`
}

/** "chỉ tiêu của 18 đơn vị chưa báo cáo: 18.000 (không tính vào % đạt)". */
export function totalPendingTargetText(total: Total, indicator: UnitOf): string | null {
  const { units, target } = total.basis.notReported
  if (units === 0 || target === null || total.reported === 0) return null
  return `chỉ tiêu của ${units} đơn vị chưa có số liệu: ${amountText(target, indicator)} (không tính vào % đạt)`
}

/** "so với 2024 (cùng 12 đơn vị)" when not every unit of the total is compared. */
export function changeBasisText(total: Total, year: number): string {
  const units = total.basis.change.units
  return units > 0 && units < total.expected
    ? `so với ${year - 1} (cùng ${units} đơn vị)`
    : `so với ${year - 1}`
}

/** The year's coverage line: "12/30 đơn vị đã báo cáo (5 đã duyệt, 4 chờ duyệt, 3 đang nhập)". */
export function yearCoverageText(coverage: Coverage): string {
  const workflow = workflowText(coverage.reports)
  return workflow ? `${coverageText(coverage)} (${workflow})` : coverageText(coverage)
}

/** What a partly reported year's figures mean, said wherever the year is shown. */
export function partialYearText(basis: Coverage['basis']): string {
  return basis === 'accepted'
    ? 'Tổng, % đạt và so sánh với năm trước chỉ tính trên các đơn vị có báo cáo đã duyệt; đơn vị chưa được duyệt để trống, không tính là chưa đạt.'
    : 'Tổng, % đạt và so sánh với năm trước chỉ tính trên các đơn vị đã báo cáo; đơn vị chưa báo cáo để trống, không tính là chưa đạt.'
}

/** A footer line for slides, exports and print: "Chỉ số liệu đã duyệt · 5/30 đơn vị có báo cáo đã duyệt". */
export function basisFooter(coverage: Coverage): string {
  return `${DATA_BASIS_LABELS[coverage.basis]} · ${coverageText(coverage)}`
}
