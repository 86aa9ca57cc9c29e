// Series of the PowerPoint's native charts, from the prepared slides. Kept pure (and tested) so
// the file never holds what makes PowerPoint offer a "repair": an empty series, a null value,
// a name over 255 characters.
import type { DistrictBar, RaceSeries } from '../deck/slide-types.ts'

export interface ChartSeries {
  name: string
  labels: string[]
  values: number[]
}

const MAX_NAME = 255
const clip = (text: string) => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text)

/** Bar charts draw their first category at the bottom; we want the best district on top. */
function topDown(series: ChartSeries): ChartSeries {
  return { ...series, labels: [...series.labels].reverse(), values: [...series.values].reverse() }
}

function halves<T>(items: readonly T[]): T[][] {
  const half = Math.ceil(items.length / 2)
  return [items.slice(0, half), items.slice(half)].filter((part) => part.length > 0)
}

export interface ComparisonCharts {
  /** Two charts of up to fifteen districts each, as on the slide; each has "Thực hiện" and "Chỉ tiêu giao". */
  charts: ChartSeries[][]
  /** Districts left out for want of a result or a target, named in the slide's notes. */
  missing: string[]
}

export function comparisonCharts(bars: readonly DistrictBar[], unitLabel: string): ComparisonCharts {
  const complete = bars.filter(
    (b): b is DistrictBar & { value: number; target: number } => b.value !== null && b.target !== null,
  )
  const charts = halves(complete).map((part) => [
    topDown({
      name: clip(`Thực hiện (${unitLabel})`),
      labels: part.map((b) => clip(b.name)),
      values: part.map((b) => b.value),
    }),
    topDown({
      name: clip(`Chỉ tiêu giao (${unitLabel})`),
      labels: part.map((b) => clip(b.name)),
      values: part.map((b) => b.target),
    }),
  ])
  return { charts, missing: bars.filter((b) => b.value === null || b.target === null).map((b) => b.name) }
}

/** Money is charted in millions of đồng: axis labels of ten digits would crowd the chart. */
export const MONEY_DIVISOR = 1_000_000

export function valueCharts(bars: readonly DistrictBar[], name: string, divisor: number): ChartSeries[][] {
  const present = bars.filter((b): b is DistrictBar & { value: number } => b.value !== null)
  return halves(present).map((part) => [
    topDown({
      name: clip(name),
      labels: part.map((b) => clip(b.name)),
      values: part.map((b) => Math.round((b.value / divisor) * 10) / 10),
    }),
  ])
}

export function raceChart(
  series: readonly RaceSeries[],
  years: readonly number[],
  top: number,
): ChartSeries | null {
  const last = years.length - 1
  const ranked = series
    .map((s) => ({ name: s.name, value: s.cumulative[last] ?? 0 }))
    .sort((a, b) => b.value - a.value)
    .slice(0, top)
  if (ranked.length === 0) return null
  return topDown({
    name: clip(`Cộng dồn ${years[0] ?? ''}–${years[last] ?? ''}`),
    labels: ranked.map((r) => clip(r.name)),
    values: ranked.map((r) => r.value),
  })
}
