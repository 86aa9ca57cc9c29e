// The print report's rows: districts of one indicator in the order a report lists them (best % đạt
// first, or largest value when the indicator has no target). Figures come from the API as they are.
import {
  compareCodes,
  type Cell,
  type Dashboard,
  type Indicator,
  type Organisation,
} from '@ldld/db/contracts'

export interface ReportRow {
  unit: Organisation
  cell: Cell | undefined
}

/** The rows of `units` (default: every unit of the year), best first. */
export function reportRows(
  dashboard: Dashboard,
  indicator: Indicator,
  units: readonly Organisation[] = dashboard.units,
): ReportRow[] {
  const cells = new Map(dashboard.cells.filter((c) => c.indicator === indicator.key).map((c) => [c.unit, c]))
  const rows = units.map((unit) => ({ unit, cell: cells.get(unit.code) }))
  const byPercent = (r: ReportRow) => r.cell?.percent ?? -1
  const byValue = (r: ReportRow) => r.cell?.actual ?? -1
  return rows.sort(
    (a, b) =>
      (indicator.takesTarget ? byPercent(b) - byPercent(a) : 0) ||
      byValue(b) - byValue(a) ||
      compareCodes(a.unit.code, b.unit.code),
  )
}

export function reportIndicators(dashboard: Dashboard, catalogue: readonly Indicator[]): Indicator[] {
  const present = new Set(dashboard.indicators)
  return catalogue.filter(
    (i) =>
      present.has(i.key) &&
      dashboard.cells.some((c) => c.indicator === i.key && (c.actual !== null || c.percent !== null)),
  )
}

/** Scale end of a bar chart: the largest result or target. */
export function barMax(rows: readonly ReportRow[]): number {
  return Math.max(1, ...rows.map((r) => Math.max(r.cell?.actual ?? 0, r.cell?.target ?? 0)))
}
