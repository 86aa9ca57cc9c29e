// Slides that compare the units of one segment of the year on one indicator: bars (with each unit's
// own target), the value bars of an indicator without targets, and the map (or, for units without
// boundaries, a grid of tiles).
import {
  compareCodes,
  STATUS_ICONS,
  sentenceStart,
  type Cell,
  type Dashboard,
  type Indicator,
  type Status,
} from '@ldld/db/contracts'
import { formatCompact, formatPercent } from '@ldld/db/format'
import { niceScale } from '../../../components/chart/nice-scale.ts'
import { describeFigure, figureSummary, shortValueText, valueText } from '../../../lib/figures.ts'
import { MAP_CREDIT, mapDatum } from '../../../components/map/index.ts'
import { provenanceNotes, speakerNotes } from './provenance.ts'
import { segmentId, segmentWhen, type DeckSegment } from '../../../lib/unit-segments.ts'
import type { DistrictBar, SlideSpec, StatusCount } from './slide-types.ts'

type Rows = { unit: Dashboard['units'][number]; name: string; cell: Cell | undefined }[]

function rowsOf(dashboard: Dashboard, indicator: Indicator, segment: DeckSegment): Rows {
  const cells = new Map(dashboard.cells.filter((c) => c.indicator === indicator.key).map((c) => [c.unit, c]))
  return segment.units.map((unit) => ({
    unit,
    name: segment.labels.get(unit.code) ?? unit.name,
    cell: cells.get(unit.code),
  }))
}

function speakerOf(dashboard: Dashboard, indicator: Indicator, rows: Rows): string[] {
  const figures = rows.flatMap(({ name, cell }) =>
    cell && (cell.actual !== null || cell.percent !== null)
      ? [{ unitName: name, figure: `${indicator.shortNameVi}: ${figureSummary(cell, indicator)}`, ...cell }]
      : [],
  )
  return speakerNotes(figures, dashboard.sources)
}

const figured = (c: Cell) => c.actual !== null || c.percent !== null

export function hasFigures(dashboard: Dashboard, indicator: Indicator, segment?: DeckSegment): boolean {
  const codes = segment ? new Set(segment.units.map((u) => u.code)) : null
  return dashboard.cells.some(
    (c) => c.indicator === indicator.key && figured(c) && (codes === null || codes.has(c.unit)),
  )
}

/** Sources (or "dữ liệu minh họa"), and a target worked back from a stated % ("Ba Đình: suy ra từ 145%"). */
function notesOf(dashboard: Dashboard, rows: Rows): string[] {
  const shown = rows.flatMap(({ name, cell }) => (cell ? [{ unitName: name, ...cell }] : []))
  const derived = rows.flatMap(({ name, cell }) => (cell?.targetNote ? [`${name} (${cell.targetNote})`] : []))
  return [
    ...provenanceNotes(shown, dashboard.sources),
    ...(derived.length > 0 ? [`Chỉ tiêu ${derived.join(', ')}.`] : []),
  ]
}

const COUNTED: readonly Status[] = [
  'achieved',
  'near',
  'below',
  'source_no_target',
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

function bar(row: Rows[number], indicator: Indicator, label: string, ranked: boolean): DistrictBar {
  return {
    code: row.unit.code,
    name: row.name,
    value: row.cell?.actual ?? null,
    qualifier: row.cell?.actualQualifier ?? 'exact',
    target: row.cell?.target ?? null,
    status: row.cell?.status ?? 'no_data',
    label,
    ranked,
    description: describeFigure(row.name, indicator, row.cell),
  }
}

/** "Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2024" (2025: each part with its months). */
function segmentTitle(name: string, segment: DeckSegment, year: number): string {
  return `${name}: ${segment.phrase} ${segmentWhen(segment, year)}`
}

/**
 * All units of the segment, best % đạt first; each bar is the result, its tick the unit's own
 * target. Units measured against a target are `ranked`; the slide shows every unit when they fit,
 * or the top and the bottom of the ranked ones (components/slides/district-bars.tsx).
 */
export function indicatorSlide(dashboard: Dashboard, indicator: Indicator, segment: DeckSegment): SlideSpec {
  // A part of the year with no target at all (2025 in the demo) is ranked by its results.
  const byPercent = rowsOf(dashboard, indicator, segment).some((r) => r.cell?.percent != null)
  const rows = rowsOf(dashboard, indicator, segment).sort(
    (a, b) =>
      (byPercent ? (b.cell?.percent ?? -1) - (a.cell?.percent ?? -1) : 0) ||
      (b.cell?.actual ?? -1) - (a.cell?.actual ?? -1) ||
      compareCodes(a.unit.code, b.unit.code),
  )
  const bars = rows.map((row) => {
    const c = row.cell
    const label =
      c?.percent != null
        ? `${STATUS_ICONS[c.status]} ${formatPercent(c.percent)}`
        : c?.actual != null
          ? shortValueText(c.actual, indicator, c.actualQualifier)
          : missingLabel(c)
    return bar(row, indicator, label, byPercent ? c?.percent != null : c?.actual != null)
  })
  return {
    kind: 'indicator',
    id: segmentId(`indicator:${indicator.key}`, segment),
    title: segmentTitle(indicator.shortNameVi, segment, dashboard.year),
    indicator,
    order: byPercent ? 'percent' : 'value',
    bars,
    scaleMax: scaleOf(rows, (r) => Math.max(r.cell?.actual ?? 0, r.cell?.target ?? 0)),
    counts: statusCounts(bars.map((b) => b.status)),
    notes: notesOf(dashboard, rows),
    speaker: speakerOf(dashboard, indicator, rows),
  }
}

/** An indicator without targets (welfare spending): the segment's units by value, with the totals. */
export function valueSlide(
  dashboard: Dashboard,
  indicator: Indicator,
  companion: Indicator | undefined,
  segment: DeckSegment,
): SlideSpec {
  const rows = rowsOf(dashboard, indicator, segment).sort(
    (a, b) => (b.cell?.actual ?? -1) - (a.cell?.actual ?? -1) || compareCodes(a.unit.code, b.unit.code),
  )
  const bars = rows.map((row) => {
    const c = row.cell
    const label =
      c?.actual != null ? formatCompact(c.actual, indicator.unitKind, c.actualQualifier) : missingLabel(c)
    return bar(row, indicator, label, c?.actual != null)
  })
  // The city's totals add every segment; a slide of one part of a split year sums its own bars.
  const totalOf = (ind: Indicator) => {
    if (segment.split) {
      const codes = new Set(segment.units.map((u) => u.code))
      const cells = dashboard.cells.filter((c) => c.indicator === ind.key && codes.has(c.unit))
      const values = cells.flatMap((c) => (c.actual === null ? [] : [c]))
      if (values.length === 0) return null
      const sum = values.reduce((s, c) => s + (c.actual ?? 0), 0)
      const bounded = values.some((c) => c.actualQualifier === 'at_least') ? 'at_least' : 'exact'
      return `${ind.shortNameVi}: ${valueText(sum, ind, bounded)}`
    }
    const total = dashboard.totals.find((t) => t.indicator === ind.key)
    return total?.actual == null
      ? null
      : `${ind.shortNameVi}: ${valueText(total.actual, ind, total.actualQualifier)}`
  }
  return {
    kind: 'value',
    id: segmentId(`value:${indicator.key}`, segment),
    title: segmentTitle(indicator.shortNameVi, segment, dashboard.year),
    indicator,
    order: 'value',
    bars,
    scaleMax: scaleOf(rows, (r) => r.cell?.actual ?? 0),
    summary: [totalOf(indicator), companion ? totalOf(companion) : null].filter(
      (s): s is string => s !== null,
    ),
    notes: notesOf(dashboard, rows),
    speaker: speakerOf(dashboard, indicator, rows),
  }
}

/**
 * The bars' scale: the largest figure of the segment's territorial units (wards, communes, districts).
 * A union of another kind (the KCN union, of whole industrial zones) may be many times larger; its
 * bar is then drawn broken at the end of the scale, its label gives the figure, and a note says so
 * when the bar is on the slide (bar-columns.ts `clippedNote`).
 */
const TERRITORIAL: ReadonlySet<string> = new Set(['district', 'ward', 'commune'])

function scaleOf(rows: Rows, size: (row: Rows[number]) => number): number {
  const territorial = rows.filter((r) => TERRITORIAL.has(r.unit.kind))
  const basis = territorial.length > 0 ? territorial : rows
  return niceScale(Math.max(0, ...basis.map(size))).max
}

/**
 * The status map of the lead indicator for a segment whose units all have boundaries; otherwise the
 * same colours on a grid of tiles, one per unit, and the slide says why there is no map. A segment
 * with no unit measured against a target gets no slide: an all-grey map tells nothing.
 */
export function mapSlide(
  dashboard: Dashboard,
  indicator: Indicator,
  segment: DeckSegment,
  bounded: ReadonlySet<string>,
): SlideSpec | null {
  const rows = rowsOf(dashboard, indicator, segment)
  if (!rows.some((r) => r.cell?.percent != null)) return null
  const data = rows.map(({ unit, name, cell }) => mapDatum(unit.code, name, indicator, cell))
  const drawable = segment.units.every((u) => bounded.has(u.code))
  const title = drawable
    ? `Bản đồ mức đạt: ${indicator.shortNameVi} ${segmentWhen(segment, dashboard.year)}`
    : `Mức đạt từng đơn vị: ${indicator.shortNameVi} ${segmentWhen(segment, dashboard.year)}`
  // Tiles by status, each status in the list's own order (the dashboard's, as every table shows it):
  // no ICU collator is built while a phone opens the deck (issue 10 item 7).
  const ordered = drawable ? data : [...data].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  return {
    kind: 'map',
    id: segmentId(`map:${indicator.key}`, segment),
    title,
    subtitle: drawable
      ? `Tô màu theo % đạt chỉ tiêu được giao của từng ${segment.key === 'before' ? 'quận, huyện' : 'đơn vị'}`
      : `${sentenceStart(segment.phrase)} chưa có ranh giới để vẽ bản đồ: mỗi ô là một đơn vị, tô theo % đạt`,
    indicator,
    layout: drawable ? 'map' : 'tiles',
    data: ordered,
    counts: statusCounts(data.map((d) => d.status)),
    notes: [...notesOf(dashboard, rows), ...(drawable ? [MAP_CREDIT] : [])],
    speaker: speakerOf(dashboard, indicator, rows),
  }
}

const STATUS_ORDER: Record<Status, number> = {
  achieved: 0,
  near: 1,
  below: 2,
  source_no_target: 3,
  no_target: 4,
  no_data: 5,
  not_reported: 6,
  not_accepted: 7,
}
