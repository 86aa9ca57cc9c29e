// Slides that compare all districts on one indicator: bars (with each district's own target), the
// value bars of an indicator without targets, and the map.
import {
  QUALIFIER_PREFIX,
  STATUS_ICONS,
  type Cell,
  type Dashboard,
  type Indicator,
  type Status,
} from '@ldld/db/contracts'
import { formatCompact, formatPercent } from '@ldld/db/format'
import { niceScale } from '../../../components/chart/nice-scale.ts'
import { describeFigure, shortValueText, valueText } from '../../../lib/figures.ts'
import { MAP_CREDIT, mapDatum } from '../../../components/map/index.ts'
import { provenanceNotes } from './provenance.ts'
import type { DistrictBar, SlideSpec, StatusCount } from './slide-types.ts'

type Rows = { unit: Dashboard['units'][number]; cell: Cell | undefined }[]

function rowsOf(dashboard: Dashboard, indicator: Indicator): Rows {
  const cells = new Map(dashboard.cells.filter((c) => c.indicator === indicator.key).map((c) => [c.unit, c]))
  return dashboard.units.map((unit) => ({ unit, cell: cells.get(unit.code) }))
}

export function hasFigures(dashboard: Dashboard, indicator: Indicator): boolean {
  return dashboard.cells.some(
    (c) => c.indicator === indicator.key && (c.actual !== null || c.percent !== null),
  )
}

function notesOf(dashboard: Dashboard, rows: Rows): string[] {
  const shown = rows.flatMap(({ unit, cell }) => (cell ? [{ unitName: unit.name, ...cell }] : []))
  return provenanceNotes(shown, dashboard.sources)
}

const COUNTED: readonly Status[] = [
  'achieved',
  'near',
  'below',
  'no_target',
  'no_data',
  'not_reported',
  'not_accepted',
]

/**
 * A bar with no figure is neutral, never a red 0%: "○" for a unit that has not reported (the legend
 * says "○ Chưa báo cáo: 18"; the words are in the bar's description), "—" for a blank figure.
 */
function missingLabel(cell: Cell | undefined): string {
  if (cell && (cell.status === 'not_reported' || cell.status === 'not_accepted'))
    return STATUS_ICONS[cell.status]
  return '—'
}

export function statusCounts(statuses: readonly Status[]): StatusCount[] {
  return COUNTED.map((status) => ({ status, count: statuses.filter((s) => s === status).length })).filter(
    (c) => c.count > 0,
  )
}

function bar(row: Rows[number], indicator: Indicator, label: string): DistrictBar {
  return {
    code: row.unit.code,
    name: row.unit.name,
    value: row.cell?.actual ?? null,
    target: row.cell?.target ?? null,
    status: row.cell?.status ?? 'no_data',
    label,
    description: describeFigure(row.unit.name, indicator, row.cell),
  }
}

/** All districts, best % đạt first; each bar is the result, its tick the district's own target. */
export function indicatorSlide(dashboard: Dashboard, indicator: Indicator): SlideSpec {
  const rows = rowsOf(dashboard, indicator).sort(
    (a, b) =>
      (b.cell?.percent ?? -1) - (a.cell?.percent ?? -1) ||
      (b.cell?.actual ?? -1) - (a.cell?.actual ?? -1) ||
      a.unit.code.localeCompare(b.unit.code),
  )
  const bars = rows.map((row) => {
    const c = row.cell
    const label =
      c?.percent != null
        ? `${STATUS_ICONS[c.status]} ${formatPercent(c.percent)}`
        : c?.actual != null
          ? shortValueText(c.actual, indicator, c.actualQualifier)
          : missingLabel(c)
    return bar(row, indicator, label)
  })
  return {
    kind: 'indicator',
    id: `indicator:${indicator.key}`,
    title: `${indicator.shortNameVi}: các quận, huyện năm ${dashboard.year}`,
    indicator,
    bars,
    scaleMax: niceScale(Math.max(0, ...bars.map((b) => Math.max(b.value ?? 0, b.target ?? 0)))).max,
    counts: statusCounts(bars.map((b) => b.status)),
    notes: notesOf(dashboard, rows),
  }
}

/** An indicator without targets (welfare spending): districts by value, with the city's total. */
export function valueSlide(
  dashboard: Dashboard,
  indicator: Indicator,
  companion: Indicator | undefined,
): SlideSpec {
  const rows = rowsOf(dashboard, indicator).sort(
    (a, b) => (b.cell?.actual ?? -1) - (a.cell?.actual ?? -1) || a.unit.code.localeCompare(b.unit.code),
  )
  const bars = rows.map((row) => {
    const c = row.cell
    const label =
      c?.actual != null
        ? `${QUALIFIER_PREFIX[c.actualQualifier]}${formatCompact(c.actual, indicator.unitKind)}`
        : missingLabel(c)
    return bar(row, indicator, label)
  })
  const totalOf = (ind: Indicator) => {
    const total = dashboard.totals.find((t) => t.indicator === ind.key)
    return total?.actual == null
      ? null
      : `${ind.shortNameVi}: ${valueText(total.actual, ind, total.actualQualifier)}`
  }
  return {
    kind: 'value',
    id: `value:${indicator.key}`,
    title: `${indicator.shortNameVi} năm ${dashboard.year}`,
    indicator,
    bars,
    scaleMax: niceScale(Math.max(0, ...bars.map((b) => b.value ?? 0))).max,
    summary: [totalOf(indicator), companion ? totalOf(companion) : null].filter(
      (s): s is string => s !== null,
    ),
    notes: notesOf(dashboard, rows),
  }
}

export function mapSlide(dashboard: Dashboard, indicator: Indicator): SlideSpec {
  const rows = rowsOf(dashboard, indicator)
  const data = rows.map(({ unit, cell }) => mapDatum(unit.code, unit.name, indicator, cell))
  return {
    kind: 'map',
    id: `map:${indicator.key}`,
    title: `Bản đồ mức đạt: ${indicator.shortNameVi} năm ${dashboard.year}`,
    subtitle: 'Tô màu theo % đạt chỉ tiêu được giao của từng quận, huyện',
    indicator,
    data,
    counts: statusCounts(data.map((d) => d.status)),
    notes: [...notesOf(dashboard, rows), MAP_CREDIT],
  }
}
