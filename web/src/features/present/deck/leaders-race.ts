// Top performers and most improved (from the API's ranking: ranks and rank changes are the
// server's), and the bar-chart race of running totals across the years.
import {
  DERIVED_MARK_LABELS,
  ILLUSTRATIVE_LABEL,
  REORGANISATION,
  sentenceStart,
  type Dashboard,
  type Indicator,
  type Ranking,
  type RankingRow,
} from '@ldld/db/contracts'
import { formatDayMonth, formatPercent } from '@ldld/db/format'
import { derivedRankChangeText, derivedShown } from '../../../lib/derived-text.ts'
import { amountText, valueText } from '../../../lib/figures.ts'
import { provenanceNotes } from './provenance.ts'
import type { DeckSegment } from '../../../lib/unit-segments.ts'
import type { LeaderRow, RaceSeries, SlideSpec } from './slide-types.ts'

const LEADERS = 5
/** Beside a change of rank computed from illustrative figures. */
const MH = '(mh)'

function scoreOf(row: RankingRow, ranking: Ranking, indicator: Indicator): string {
  if (ranking.rankedBy === 'percent' && row.percent !== null) return formatPercent(row.percent)
  return row.actual === null ? '—' : valueText(row.actual, indicator, row.actualQualifier)
}

export function leadersSlide(ranking: Ranking, indicator: Indicator): SlideSpec | null {
  const ranked = ranking.rows.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  if (ranked.length === 0) return null
  const top: LeaderRow[] = ranked.slice(0, LEADERS).map((row) => ({
    code: row.unit,
    name: `${row.rank}. ${row.name}`,
    figure: scoreOf(row, ranking, indicator),
    detail:
      row.actual !== null && row.target !== null
        ? `${amountText(row.actual, indicator)}/${amountText(row.target, indicator)}`
        : '',
  }))
  // Places gained on last year, when last year's ranking can be compared: a rank from a part-year
  // figure is left out, one from illustrative figures is marked "(mh)" and the footnote says why.
  const improved: LeaderRow[] = ranked
    .filter((row) => (row.rankChange ?? 0) > 0 && derivedShown(row.derivedFrom))
    .sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0) || (a.rank ?? 0) - (b.rank ?? 0))
    .slice(0, LEADERS)
    .map((row) => ({
      code: row.unit,
      name: row.name,
      figure: `${derivedRankChangeText(row.rankChange, row.derivedFrom) ?? ''} bậc${row.derivedFrom.illustrative ? ` ${MH}` : ''}`,
      detail: `hạng ${row.previousRank ?? '—'} → ${row.rank ?? '—'}`,
    }))
  const markedRanks = improved.some((i) => i.figure.endsWith(MH))
  const partial = ranked.some((r) => (r.rankChange ?? 0) !== 0 && !derivedShown(r.derivedFrom))
  const shown = [
    ...ranked.slice(0, LEADERS),
    ...ranked.filter((r) => improved.some((i) => i.code === r.unit)),
  ]
  return {
    kind: 'leaders',
    id: `leaders:${indicator.key}`,
    title: `Dẫn đầu và tiến bộ nhất năm ${ranking.year}`,
    subtitle: `Chỉ tiêu: ${indicator.shortNameVi}`,
    indicator,
    topHeading: ranking.rankedBy === 'percent' ? 'Dẫn đầu về % đạt chỉ tiêu' : 'Dẫn đầu về số thực hiện',
    top,
    improved,
    improvedHeading: `Tăng hạng nhiều nhất so với ${ranking.year - 1}`,
    improvedEmpty: partial
      ? `Không so hạng với ${ranking.year - 1}: năm đó chỉ có số liệu một phần năm.`
      : 'Năm trước chưa có xếp hạng để so sánh.',
    notes: [
      ...provenanceNotes(
        shown.map((r) => ({ unitName: r.name, illustrative: r.illustrative, sourceId: r.sourceId })),
        ranking.sources,
      ),
      ...(markedRanks ? [`${MH}: thay đổi hạng ${DERIVED_MARK_LABELS.illustrative}.`] : []),
    ],
  }
}

/**
 * Running totals per district, year by year. A flow can be added across years (domain.md §4);
 * a year a district did not report adds nothing.
 */
export function raceSeries(
  dashboards: readonly Dashboard[],
  key: string,
  units: readonly Dashboard['units'][number][],
  labels: ReadonlyMap<string, string> = new Map(),
): RaceSeries[] {
  return units.map((unit) => {
    let sum = 0
    const cumulative = dashboards.map((dashboard) => {
      sum += dashboard.cells.find((c) => c.unit === unit.code && c.indicator === key)?.actual ?? 0
      return sum
    })
    return { code: unit.code, name: labels.get(unit.code) ?? unit.name, cumulative }
  })
}

/**
 * Running totals of the segment's units. After the 2025 change the unions' first year is its last
 * quarter: the title says from when, and nothing of the district federations is added.
 */
export function raceSlide(
  dashboards: readonly Dashboard[],
  indicator: Indicator,
  segment: DeckSegment,
): SlideSpec | null {
  const years = dashboards.map((d) => d.year)
  const first = years[0]
  const last = years.at(-1)
  if (first === undefined || last === undefined || years.length < 2) return null
  const codes = new Set(segment.units.map((u) => u.code))
  const illustrative = dashboards.some((d) =>
    d.cells.some((c) => c.indicator === indicator.key && c.illustrative && codes.has(c.unit)),
  )
  const start =
    segment.key === 'after' && first <= REORGANISATION.year
      ? formatDayMonth(REORGANISATION.unionsStart)
      : String(first)
  return {
    kind: 'race',
    id: `race:${indicator.key}`,
    title: `${indicator.shortNameVi} cộng dồn ${start}–${last}`,
    subtitle: '10 đơn vị dẫn đầu qua từng năm',
    indicator,
    years,
    start,
    series: raceSeries(dashboards, indicator.key, segment.units, segment.labels),
    notes: [
      ...(start === String(first)
        ? []
        : [`${sentenceStart(segment.phrase)} bắt đầu từ ${start}: năm ${first} chỉ tính từ ngày đó.`]),
      illustrative
        ? `Cộng dồn có ${ILLUSTRATIVE_LABEL}; năm không báo cáo tính bằng 0.`
        : 'Năm không báo cáo tính bằng 0.',
    ],
  }
}
