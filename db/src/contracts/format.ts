// Vietnamese figures (domain.md §6), written once: one formatter per kind of figure — count
// (formatCount), money (formatMoney; formatMoneyExact where a table offers the exact amount),
// percent (formatPercent), change (formatChange), year (formatYear) — and formatAmount for an
// amount of either kind. Every page, chart, tooltip, export (CSV, XLSX, PPTX, print) and the e2e
// tests' oracle call these; nothing formats a figure by hand. A bounded figure ("hơn", "gần")
// keeps its side whenever it is rounded (roundBounded).
import type { Qualifier, UnitKind } from './enums.ts'
import { QUALIFIER_PREFIX } from './labels.ts'
import { achievementPercent } from './kpi.ts'

const MINUS = '−' // U+2212: a true minus reads better on a projector than a hyphen
const BILLION = 1_000_000_000
const MILLION = 1_000_000
const THOUSAND = 1_000

/** Money's display precision: 10.000 đ, two decimals of a million, which every source quote respects. */
const MONEY_STEP = 10_000

/**
 * `value` the vi-VN way with at most `digits` decimals: the very text of `Intl.NumberFormat('vi-VN',
 * { maximumFractionDigits: digits })` (format.test.ts holds them equal), written by hand because
 * building an ICU formatter is the costliest thing a page does while its code starts (40–140 ms on
 * a slow phone: issue 10 item 7). Rounds half away from zero on the number's shortest decimal form,
 * as ICU does (1,005 → 1,01); a number JavaScript writes with an exponent goes to ICU.
 */
function viNumber(value: number, digits: number): string {
  const text = String(Math.abs(value))
  if (!Number.isFinite(value) || text.includes('e')) return icuFormat(digits).format(value)
  const [whole = '0', fraction = ''] = text.split('.')
  let kept = whole + fraction.slice(0, digits).padEnd(digits, '0')
  if ((fraction[digits] ?? '0') >= '5') {
    // Add one in the last kept place, carrying leftwards.
    const places = kept.split('')
    let i = places.length - 1
    while (i >= 0 && places[i] === '9') places[i--] = '0'
    if (i < 0) places.unshift('1')
    else places[i] = String(Number(places[i]) + 1)
    kept = places.join('')
  }
  const intPart = kept.slice(0, kept.length - digits) || '0'
  const fracPart = kept.slice(kept.length - digits).replace(/0+$/, '')
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  return `${sign}${intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fracPart ? `,${fracPart}` : ''}`
}

/** ICU's formatter, built only for what `viNumber` leaves to it (∞, NaN, exponents). */
const icuFormats = new Map<number, Intl.NumberFormat>()
function icuFormat(digits: number): Intl.NumberFormat {
  let f = icuFormats.get(digits)
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits })
    icuFormats.set(digits, f)
  }
  return f
}

/** How a change of a bounded figure is worded: "ít nhất +12,3%" (a lower bound stays a lower bound). */
const CHANGE_PREFIX: Record<Qualifier, string> = {
  exact: '',
  at_least: 'ít nhất ',
  at_most: 'nhiều nhất ',
  about: 'khoảng ',
}

/**
 * `value` rounded to a multiple of `step` without breaking its bound: a lower bound ("hơn", at_least)
 * is rounded down and an upper bound ("gần", at_most) up, so "hơn 11.786.100.000" never becomes
 * "hơn 11,79 tỷ" (a floor 3,9 triệu higher than the source's). Others round to nearest. Binary
 * fractions (176,8 is 176,80000000000001) count as the decimal they stand for.
 */
export function roundBounded(value: number, step: number, qualifier: Qualifier = 'exact'): number {
  // 12 significant digits: 176,85 / 0,1 is 1768,4999999999998 in binary, 1768,5 in decimal.
  const scaled = Number((value / step).toPrecision(12))
  if (Number.isInteger(scaled)) return scaled * step
  if (qualifier === 'at_least') return Math.floor(scaled) * step
  if (qualifier === 'at_most') return Math.ceil(scaled) * step
  return Math.sign(scaled) * Math.round(Math.abs(scaled)) * step // halves away from zero, as Intl does
}

/** `digits` decimals as a step: 2 → 0,01. */
const stepOf = (digits: number) => 10 ** -digits

/** "2.352", "23.736", "1.250.300.000": dots group thousands. A plain number, for counts of anything. */
export function formatNumber(value: number): string {
  return viNumber(value, 0).replace('-', MINUS)
}

/** Up to `digits` decimals with a decimal comma, trailing zeros trimmed: 250,3 · 521,45 · 10. */
export function formatDecimal(value: number, digits = 1, qualifier: Qualifier = 'exact'): string {
  return viNumber(roundBounded(value, stepOf(digits), qualifier), digits).replace('-', MINUS)
}

/** A count with its bound: "2.352", "hơn 2.700", "khoảng 700.000". */
export function formatCount(value: number, qualifier: Qualifier = 'exact'): string {
  return `${QUALIFIER_PREFIX[qualifier]}${formatNumber(Math.round(value))}`
}

/** "176,8%", "100%", "91,7%": one decimal, as the reports print them; a bound keeps its side. */
export function formatPercent(value: number, qualifier: Qualifier = 'exact'): string {
  return `${QUALIFIER_PREFIX[qualifier]}${formatDecimal(value, 1, qualifier)}%`
}

/** Signed change: "+12,3%", "−4%", "0%"; from a lower bound "ít nhất +12,3%". */
export function formatChange(value: number, qualifier: Qualifier = 'exact'): string {
  const rounded = roundBounded(value, 0.1, qualifier)
  const body = rounded === 0 ? '0%' : `${rounded > 0 ? '+' : MINUS}${formatDecimal(Math.abs(rounded), 1)}%`
  return `${CHANGE_PREFIX[qualifier]}${body}`
}

/** A year as a year: "2021", never "2.021" or "2,021". */
export function formatYear(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`not a year: ${year}`)
  return String(year)
}

/** The side a bound keeps on the absolute value: "at least" rounds toward −∞, so a negative amount's grows. */
function sideOfAbs(value: number, qualifier: Qualifier): Qualifier {
  if (value >= 0) return qualifier
  return qualifier === 'at_least' ? 'at_most' : qualifier === 'at_most' ? 'at_least' : qualifier
}

/**
 * "1 tỷ 250,3 triệu", "535,8 triệu", "10 tỷ", "15.000": the words of an amount of money, without
 * "đồng", rounded to 10.000 đ (below one million: exact). What a money field shows back.
 */
export function moneyWords(value: number, qualifier: Qualifier = 'exact'): string {
  const sign = value < 0 ? MINUS : ''
  const abs = Math.abs(value)
  if (abs < MILLION) return `${sign}${formatNumber(abs)}`
  const rounded = roundBounded(abs, MONEY_STEP, sideOfAbs(value, qualifier)) // may carry into the billions
  const billions = Math.floor(rounded / BILLION)
  const millions = (rounded - billions * BILLION) / MILLION
  const parts: string[] = []
  if (billions > 0) parts.push(`${formatNumber(billions)} tỷ`)
  if (millions > 0) parts.push(`${formatDecimal(millions, 2)} triệu`)
  return `${sign}${parts.join(' ')}`
}

/**
 * Money the way Vietnamese reports write it — the one display form: "1 tỷ 250,3 triệu đồng",
 * "535,8 triệu đồng", "3 tỷ 521,45 triệu đồng", "10 tỷ đồng", "hơn 11 tỷ 786,1 triệu đồng".
 * Below one million the exact amount is shown. Precision is 10.000 đ; a bound keeps its side.
 */
export function formatMoney(value: number, qualifier: Qualifier = 'exact'): string {
  return `${QUALIFIER_PREFIX[qualifier]}${moneyWords(value, qualifier)} đồng`
}

/** The exact amount, where a table or form offers it: "1.250.300.000 đ", "hơn 11.786.100.000 đ". */
export function formatMoneyExact(value: number, qualifier: Qualifier = 'exact'): string {
  return `${QUALIFIER_PREFIX[qualifier]}${formatNumber(value)} đ`
}

/**
 * An amount of either kind with its bound, for a table column or a sentence whose heading names
 * the count's unit: "2.352", "hơn 2.700", "1 tỷ 250,3 triệu đồng". The one place an amount is
 * worded by its kind.
 */
export function formatAmount(value: number, kind: UnitKind, qualifier: Qualifier = 'exact'): string {
  return kind === 'money' ? formatMoney(value, qualifier) : formatCount(value, qualifier)
}

const COMPACT_SCALES = [
  { size: BILLION, word: 'tỷ', digits: { money: 2, count: 2 } },
  { size: MILLION, word: 'triệu', digits: { money: 0, count: 1 } },
  { size: THOUSAND, word: 'nghìn', digits: { money: 0, count: 0 } },
] as const

function compactBody(abs: number, kind: UnitKind, side: Qualifier): string {
  for (const [i, scale] of COMPACT_SCALES.entries()) {
    if (abs < scale.size) continue
    // Counts below 100.000 stay exact: districts count in thousands.
    if (scale.size === THOUSAND && kind === 'count' && abs < 100_000) break
    const digits = scale.digits[kind]
    const rounded = roundBounded(abs / scale.size, stepOf(digits), side)
    // Rounding up may reach the scale above ("1.000 triệu"): say it in that scale ("1 tỷ").
    const above = COMPACT_SCALES[i - 1]
    if (above && rounded * scale.size >= above.size) return compactBody(rounded * scale.size, kind, 'exact')
    return `${formatDecimal(rounded, digits)} ${scale.word}`
  }
  return formatNumber(roundBounded(abs, 1, side))
}

/**
 * Short labels for charts, slides and the status grid, where the axis or heading carries the unit:
 * counts "2.352", "120 nghìn", "1,2 triệu"; money "500 triệu", "1,25 tỷ", "hơn 11,78 tỷ". Counts
 * below 100.000 stay exact. A bound keeps its side when shortened.
 */
export function formatCompact(value: number, kind: UnitKind, qualifier: Qualifier = 'exact'): string {
  const sign = value < 0 ? MINUS : ''
  return `${QUALIFIER_PREFIX[qualifier]}${sign}${compactBody(Math.abs(value), kind, sideOfAbs(value, qualifier))}`
}

/** A figure with its unit and bound: "2.352 đoàn viên", "hơn 10 tỷ đồng", "khoảng 700.000 đoàn viên". */
export function formatValue(
  value: number,
  kind: UnitKind,
  unitLabel: string,
  qualifier: Qualifier = 'exact',
): string {
  return kind === 'money' ? formatMoney(value, qualifier) : `${formatCount(value, qualifier)} ${unitLabel}`
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
  return `${formatCount(actual)}/${formatCount(target)} ${unitLabel}${pct}`
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
