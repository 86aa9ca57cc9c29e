// Series of the PowerPoint's native charts, from the prepared slides. Kept pure (and tested) so
// the file never holds what makes PowerPoint offer a "repair": an empty series, a null value,
// a name over 255 characters.
import { QUALIFIER_PREFIX, type Status } from '@ldld/db/contracts'
import { barColumns } from '../deck/bar-columns.ts'
import type { BarOrder, DistrictBar, RaceSeries } from '../deck/slide-types.ts'

export interface ChartSeries {
  name: string
  labels: string[]
  values: number[]
}

/** One chart of a slide: its series, a title when it shows part of a ranking, each result's status. */
export interface ChartSpec {
  title: string | null
  series: ChartSeries[]
  /** Status of each point of the first series, in the series' order (for its colour). */
  statuses: Status[] | null
}

const MAX_NAME = 255
const clip = (text: string) => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text)

/** Bar charts draw their first category at the bottom; we want the best unit on top. */
function topDown(series: ChartSeries): ChartSeries {
  return { ...series, labels: [...series.labels].reverse(), values: [...series.values].reverse() }
}

/** Rows of one chart: fifteen at 14 pt in a chart of the slide's height. */
export const CHART_ROWS = 15

export interface ComparisonCharts {
  /** Two charts, as on the slide: every unit when they fit, else the top and the bottom of the ranking. */
  charts: ChartSpec[]
  /** Units left out for want of a result or a target, named in the slide's notes. */
  missing: string[]
}

/**
 * Result and target side by side for each unit ("Thực hiện", "Chỉ tiêu giao"); the category says
 * what the slide's label says ("Hai Bà Trưng · ✓ 176,8%"), the result's colour is its status.
 */
export function comparisonCharts(
  bars: readonly DistrictBar[],
  unitLabel: string,
  order: BarOrder,
): ComparisonCharts {
  const complete = bars.filter(
    (b): b is DistrictBar & { value: number; target: number } => b.value !== null && b.target !== null,
  )
  const { columns } = barColumns(complete, CHART_ROWS, order)
  const charts = columns
    .filter((column) => column.bars.length > 0)
    .map((column) => {
      const part = column.bars as (DistrictBar & { value: number; target: number })[]
      const labels = part.map((b) => clip(`${b.name} · ${b.label}`))
      return {
        title: column.heading,
        series: [
          topDown({ name: clip(`Thực hiện (${unitLabel})`), labels, values: part.map((b) => b.value) }),
          topDown({ name: clip(`Chỉ tiêu giao (${unitLabel})`), labels, values: part.map((b) => b.target) }),
        ],
        statuses: [...part.map((b) => b.status)].reverse(),
      }
    })
  return { charts, missing: bars.filter((b) => b.value === null || b.target === null).map((b) => b.name) }
}

/** Money is charted in millions of đồng, as whole numbers: labels "9.490" an audience reads at once. */
export const MONEY_DIVISOR = 1_000_000

/** A value without target (welfare spending): one series; a bounded value says so in its category. */
export function valueCharts(
  bars: readonly DistrictBar[],
  name: string,
  divisor: number,
  order: BarOrder,
): ChartSpec[] {
  const present = bars.filter((b): b is DistrictBar & { value: number } => b.value !== null)
  const { columns } = barColumns(present, CHART_ROWS, order)
  return columns
    .filter((column) => column.bars.length > 0)
    .map((column) => {
      const part = column.bars as (DistrictBar & { value: number })[]
      return {
        title: column.heading,
        series: [
          topDown({
            name: clip(name),
            labels: part.map((b) => {
              const bound = QUALIFIER_PREFIX[b.qualifier].trim()
              return clip(bound ? `${b.name} (${bound})` : b.name)
            }),
            values: part.map((b) => Math.round(b.value / divisor)),
          }),
        ],
        statuses: null,
      }
    })
}

export function raceChart(
  series: readonly RaceSeries[],
  years: readonly number[],
  top: number,
  start: string,
): ChartSpec | null {
  const last = years.length - 1
  const ranked = series
    .map((s) => ({ name: s.name, value: s.cumulative[last] ?? 0 }))
    .sort((a, b) => b.value - a.value)
    .slice(0, top)
  if (ranked.length === 0) return null
  return {
    title: null,
    series: [
      topDown({
        name: clip(`Cộng dồn ${start}–${years[last] ?? ''}`),
        labels: ranked.map((r) => clip(r.name)),
        values: ranked.map((r) => r.value),
      }),
    ],
    statuses: null,
  }
}
