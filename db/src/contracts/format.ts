// Vietnamese number, money and percent formatting (domain.md §6), written once. Every chart,
// table, tooltip, export and slide calls these; nothing formats a number by hand.
import type { Qualifier, UnitKind } from './enums.ts'
import { QUALIFIER_PREFIX } from './labels.ts'
import { achievementPercent } from './kpi.ts'

const MINUS = '−' // U+2212: a true minus reads better on a projector than a hyphen
const BILLION = 1_000_000_000
const MILLION = 1_000_000
const THOUSAND = 1_000

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
const decimalFormats = new Map<number, Intl.NumberFormat>()

/** "2.352", "23.736", "1.250.300.000": dots group thousands. */
export function formatNumber(value: number): string {
  return integerFormat.format(value)
}

/** Up to `digits` decimals with a decimal comma, trailing zeros trimmed: 250,3 · 521,45 · 10. */
export function formatDecimal(value: number, digits = 1): string {
  let f = decimalFormats.get(digits)
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits })
    decimalFormats.set(digits, f)
  }
  return f.format(value).replace('-', MINUS)
}

/** "176,8%", "100%", "91,7%": one decimal, as the reports print them. */
export function formatPercent(value: number): string {
  return `${formatDecimal(value, 1)}%`
}

/** Signed change: "+12,3%", "−4%", "0%". */
export function formatChange(value: number): string {
  if (value === 0) return '0%'
  return `${value > 0 ? '+' : MINUS}${formatDecimal(Math.abs(value), 1)}%`
}

/**
 * Money the way Vietnamese reports write it: "1 tỷ 250,3 triệu đồng", "535,8 triệu đồng",
 * "3 tỷ 521,45 triệu đồng", "10 tỷ đồng". Below one million the exact amount is shown.
 * Precision is 10.000 đ (two decimals of a million), which every source quote respects.
 */
export function formatMoney(value: number, unit = 'đồng'): string {
  const sign = value < 0 ? MINUS : ''
  const abs = Math.abs(value)
  if (abs < MILLION) return `${sign}${formatNumber(abs)} ${unit}`
  const rounded = Math.round(abs / 10_000) * 10_000 // rounding may carry into the billions
  const billions = Math.floor(rounded / BILLION)
  const millions = (rounded - billions * BILLION) / MILLION
  const parts: string[] = []
  if (billions > 0) parts.push(`${formatNumber(billions)} tỷ`)
  if (millions > 0) parts.push(`${formatDecimal(millions, 2)} triệu`)
  return `${sign}${parts.join(' ')} ${unit}`
}

/** Exact money for tables and exports: "1.250.300.000 đ". */
export function formatMoneyExact(value: number): string {
  return `${value < 0 ? MINUS : ''}${formatNumber(Math.abs(value))} đ`
}

/**
 * Short axis labels an audience reads without a legend: counts "2.352", "120 nghìn", "1,2 triệu";
 * money "500 triệu", "1,25 tỷ". Counts below 100.000 stay exact: districts count in thousands.
 */
export function formatCompact(value: number, kind: UnitKind): string {
  const sign = value < 0 ? MINUS : ''
  const abs = Math.abs(value)
  if (abs >= BILLION) return `${sign}${formatDecimal(abs / BILLION, 2)} tỷ`
  if (abs >= MILLION) return `${sign}${formatDecimal(abs / MILLION, kind === 'money' ? 0 : 1)} triệu`
  if (kind === 'money' && abs >= THOUSAND) return `${sign}${formatDecimal(abs / THOUSAND, 0)} nghìn`
  if (abs >= 100_000) return `${sign}${formatDecimal(abs / THOUSAND, 0)} nghìn`
  return `${sign}${formatNumber(abs)}`
}

/** A figure with its unit and bound: "2.352 đoàn viên", "hơn 10 tỷ đồng", "khoảng 700.000 đoàn viên". */
export function formatValue(
  value: number,
  kind: UnitKind,
  unitLabel: string,
  qualifier: Qualifier = 'exact',
): string {
  const body = kind === 'money' ? formatMoney(value) : `${formatNumber(value)} ${unitLabel}`
  return `${QUALIFIER_PREFIX[qualifier]}${body}`
}

/** "2.352/1.330 đoàn viên, đạt 176,8%": how a report states a result against its target. */
export function formatAgainstTarget(
  actual: number,
  target: number,
  kind: UnitKind,
  unitLabel: string,
): string {
  const percent = achievementPercent(actual, target)
  const pct = percent === null ? '' : `, đạt ${formatPercent(percent)}`
  if (kind === 'money') return `${formatMoney(actual)}/${formatMoney(target)}${pct}`
  return `${formatNumber(actual)}/${formatNumber(target)} ${unitLabel}${pct}`
}

/** Change of rank: "▲ 2" up two places, "▼ 1", "=" unchanged, "mới" with no rank last year. */
export function formatRankChange(change: number | null): string {
  if (change === null) return 'mới'
  if (change === 0) return '='
  return change > 0 ? `▲ ${change}` : `▼ ${Math.abs(change)}`
}

/** "20/11/2023" from an ISO date. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-')
  return d && m && y ? `${d}/${m}/${y}` : iso
}

/** "1/10/2025", "30/6/2025": a date in running text, as Vietnamese documents write it (no leading zeros). */
export function formatDayMonth(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-')
  return d && m && y ? `${Number(d)}/${Number(m)}/${y}` : iso
}
