// Turns the dashboard response into what the overview's components draw. No maths here beyond
// sorting and counting: percent, status and change come from the API.
import {
  compareCodes,
  type Cell,
  type Dashboard,
  type Indicator,
  type Organisation,
  type Status,
} from '@ldld/db/contracts'
import { niceScale, type NiceScale } from '../../components/chart/nice-scale.ts'
import type { StatusBarDatum } from '../../components/chart/status-bar.tsx'
import { figureLines, shortValueText, valueText } from '../../lib/figures.ts'
import { unitsOfYearPhrase } from '../../lib/org-names.ts'
import { listLabels, periodGroups } from '../../lib/unit-rows.ts'

export type CellIndex = ReadonlyMap<string, Cell>

export function indexCells(cells: readonly Cell[]): CellIndex {
  return new Map(cells.map((cell) => [`${cell.unit}:${cell.indicator}`, cell]))
}

export function cellAt(index: CellIndex, unit: string, indicator: string): Cell | undefined {
  return index.get(`${unit}:${indicator}`)
}

/** Indicators present in the year, in the catalogue's order. */
export function indicatorsOfYear(dashboard: Dashboard, catalogue: readonly Indicator[]): Indicator[] {
  const keys = new Set(dashboard.indicators)
  return catalogue.filter((indicator) => keys.has(indicator.key))
}

export interface ComparisonDatum extends StatusBarDatum {
  code: string
  /** The label that cannot be mistaken for another unit of the year ("Ba Đình (phường)"). */
  name: string
  unit: Organisation
  actual: number | null
  percent: number | null
  lines: string[]
  /** The result at the bar's end, short: "2.352", "hơn 11,78 tỷ"; null without one. */
  valueLabel: string | null
}

export interface ComparisonGroup {
  key: string
  /** "1/1–30/6/2025 · 30 LĐLĐ quận, huyện, thị xã" in the split year, else null. */
  heading: string | null
  rows: ComparisonDatum[]
  /** The group's own value axis (the KCN union's figures must not flatten the wards'). */
  scale: NiceScale
  summary: string
}

export interface ComparisonData {
  rows: ComparisonDatum[]
  /** The rows by period (2025: the districts, then the unions), each sorted best first. */
  groups: ComparisonGroup[]
  /** Value axis with room for the largest bar and the largest target marker. */
  scale: NiceScale
  summary: string
}

function countBy(rows: readonly ComparisonDatum[], status: Status): number {
  return rows.filter((row) => row.status === status).length
}

export function comparisonData(dashboard: Dashboard, index: CellIndex, indicator: Indicator): ComparisonData {
  const labels = listLabels(dashboard.units)
  const rows = dashboard.units.map((unit): ComparisonDatum => {
    const cell = cellAt(index, unit.code, indicator.key)
    return {
      code: unit.code,
      name: labels.get(unit.code) ?? unit.name,
      unit,
      actual: cell?.actual ?? null,
      target: cell?.target ?? null,
      percent: cell?.percent ?? null,
      status: cell?.status ?? 'not_reported',
      illustrative: cell?.illustrative ?? false,
      lines: figureLines(cell, indicator),
      valueLabel: cell?.actual == null ? null : shortValueText(cell.actual, indicator, cell.actualQualifier),
    }
  })
  rows.sort((a, b) => (b.actual ?? -1) - (a.actual ?? -1) || compareCodes(a.code, b.code))
  const scale = niceScale(Math.max(0, ...rows.map((row) => Math.max(row.actual ?? 0, row.target ?? 0))))
  const groups = periodGroups(rows, (row) => row.unit, dashboard.year).map((group) => ({
    ...group,
    scale: niceScale(Math.max(0, ...group.rows.map((row) => Math.max(row.actual ?? 0, row.target ?? 0)))),
    summary: summaryOf(group.rows, indicator, dashboard.year, group.heading),
  }))
  return { rows, groups, scale, summary: summaryOf(rows, indicator, dashboard.year, null) }
}

function summaryOf(
  rows: readonly ComparisonDatum[],
  indicator: Indicator,
  year: number,
  heading: string | null,
): string {
  const top = rows[0]
  const bottom = [...rows].reverse().find((row) => row.actual !== null)
  const noData = countBy(rows, 'no_data')
  const pending = countBy(rows, 'not_reported') + countBy(rows, 'not_accepted')
  const who = heading ?? `${rows.length} ${unitsOfYearPhrase(year)}`
  return (
    `Biểu đồ thanh ngang: ${indicator.nameVi} năm ${year} của ${who}, ` +
    `mỗi thanh có vạch đánh dấu chỉ tiêu được giao. ${countBy(rows, 'achieved')} đơn vị đạt hoặc vượt, ` +
    `${countBy(rows, 'near')} gần đạt, ${countBy(rows, 'below')} chưa đạt` +
    (noData > 0 ? `, ${noData} chưa có số liệu` : '') +
    (pending > 0 ? `, ${pending} chưa báo cáo (không tính là chưa đạt).` : '.') +
    (top?.actual != null ? ` Cao nhất: ${top.name}, ${valueText(top.actual, indicator)}.` : '') +
    (bottom?.actual != null && bottom !== top
      ? ` Thấp nhất: ${bottom.name}, ${valueText(bottom.actual, indicator)}.`
      : '')
  )
}
