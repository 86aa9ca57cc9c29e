// Sizes of the horizontal bar charts, known before recharts loads: the page reserves the chart's
// height while its code is fetched, so nothing below it moves (layout shift ≤ 0.05, issue 10).
import { listWindow, type ListWindow } from '../../lib/long-list.ts'

export const BAR_ROW_HEIGHT = 26
/** Axis and margins above and below the bars. */
export const BAR_CHART_CHROME = 48
/** The line between the top and the bottom of a windowed chart. */
export const WINDOW_GAP_HEIGHT = 40

export function barChartHeight(rows: number): number {
  return rows * BAR_ROW_HEIGHT + BAR_CHART_CHROME
}

/** Height of a windowed chart: one chart, or the top, the gap and the bottom. */
export function windowedChartHeight(window: ListWindow<unknown>): number {
  if (window.bottom.length === 0) return barChartHeight(window.top.length)
  return barChartHeight(window.top.length) + WINDOW_GAP_HEIGHT + barChartHeight(window.bottom.length)
}

/**
 * Width of the category axis from the longest label (about 8 px a character with the tick's margin,
 * 116–240 px), so "Hai Bà Trưng (phường)" stays on one line and never runs into the next bar's label.
 */
export function labelAxisWidth(labels: readonly string[]): number {
  const longest = labels.reduce((max, label) => Math.max(max, label.length), 0)
  return Math.min(240, Math.max(116, Math.round(longest * 8) + 24))
}

export { listWindow }
