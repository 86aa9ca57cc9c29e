import {
  compareCodes,
  STATUS_ICONS,
  type Indicator,
  type Organisation,
  type Ranking,
  type RankingRow,
} from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { niceScale, type NiceScale } from '../../components/chart/nice-scale.ts'
import { figureLines, shortValueText, valueText } from '../../lib/figures.ts'
import { unitsOfYearPhrase } from '../../lib/org-names.ts'
import { listLabels } from '../../lib/unit-rows.ts'

export interface RankingDatum {
  row: RankingRow
  /** The label that cannot be mistaken for another unit of the year ("Ba Đình (phường)"). */
  name: string
  /** The unit as the catalogue has it (its period); a stand-in until the list has loaded. */
  unit: Organisation
  /** Bar length: % đạt when ranked by percent, otherwise the value. */
  value: number | null
  /** The ranked figure as text: "176,8%" or "2.352 đoàn viên". */
  score: string
  /** The figure at the bar's end, short: "✓ 176,8%", "hơn 11,78 tỷ"; null without one. */
  valueLabel: string | null
  lines: string[]
}

/** Ranked (and drawn) by % đạt: the API says so and some unit has a %; a year without targets (2025) has none. */
export function rankedByPercent(ranking: Ranking): boolean {
  return ranking.rankedBy === 'percent' && ranking.rows.some((row) => row.percent !== null)
}

/**
 * The ranking section's heading. Ranked on % đạt but no unit given a target that year (2025 in the
 * demo): the amounts are listed, not ranked (units differ tenfold in size), and the heading says so.
 */
export function rankingHeading(ranking: Ranking): string {
  const units = unitsOfYearPhrase(ranking.year)
  if (
    ranking.rankedBy === 'percent' &&
    ranking.rows.every((row) => row.target === null && row.percent === null)
  )
    return `Số thực hiện của các ${units} năm ${ranking.year} (không giao chỉ tiêu, không xếp hạng)`
  const by = rankedByPercent(ranking) ? 'theo % đạt chỉ tiêu' : 'theo số thực hiện (không giao chỉ tiêu)'
  return `Xếp hạng ${units} năm ${ranking.year} ${by}`
}

/** A unit the catalogue does not list (yet): treated as one of the whole year. */
function standIn(row: RankingRow, year: number): Organisation {
  return {
    code: row.unit,
    name: row.name,
    fullName: row.name,
    kind: 'district',
    adminType: null,
    parentCode: null,
    validFrom: `${year}-01-01`,
    validTo: null,
  }
}

export function rankingData(
  ranking: Ranking,
  indicator: Indicator,
  organisations: readonly Organisation[] = [],
): RankingDatum[] {
  const known = new Map(organisations.map((o) => [o.code, o]))
  const units = ranking.rows.map((row) => known.get(row.unit) ?? standIn(row, ranking.year))
  const labels = listLabels(units)
  const byPercent = rankedByPercent(ranking)
  // Unranked rows (no rank at all in a year without targets) follow their figure, largest first.
  const rows = [...ranking.rows].sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (byPercent ? 0 : (b.actual ?? -1) - (a.actual ?? -1)) ||
      compareCodes(a.unit, b.unit),
  )
  return rows.map((row) => {
    const lines = [...(row.rank === null ? [] : [`Hạng ${row.rank}`]), ...figureLines(row, indicator)]
    const value = byPercent ? row.percent : row.actual
    const score =
      value === null
        ? '—'
        : byPercent
          ? formatPercent(value)
          : valueText(value, indicator, row.actualQualifier)
    const valueLabel =
      value === null
        ? null
        : byPercent
          ? `${STATUS_ICONS[row.status]} ${formatPercent(value)}`
          : shortValueText(value, indicator, row.actualQualifier)
    const unit = known.get(row.unit) ?? standIn(row, ranking.year)
    return { row, name: labels.get(row.unit) ?? row.name, unit, value, score, valueLabel, lines }
  })
}

export function rankingSummary(
  ranking: Ranking,
  indicator: Indicator,
  data: readonly RankingDatum[],
): string {
  const by = rankedByPercent(ranking) ? 'theo % đạt chỉ tiêu' : 'theo số thực hiện'
  const ranked = data.filter((d) => d.row.rank !== null)
  const { expected, reported } = ranking.coverage
  const pending = expected > reported ? ` ${expected - reported} đơn vị chưa báo cáo, không xếp hạng.` : ''
  const first = ranked[0]
  const last = ranked.at(-1)
  const ends =
    first && last
      ? ` Đứng đầu: ${first.name}, ${first.score}. Cuối bảng: ${last.name}, ${last.score}.`
      : ' Chưa có đơn vị nào được xếp hạng.'
  return `Biểu đồ thanh ngang: xếp hạng ${ranked.length} ${unitsOfYearPhrase(ranking.year)} năm ${ranking.year} về ${indicator.nameVi}, ${by}.${ends}${pending}`
}

/** Words for a change of rank, read out instead of the arrow: "tăng 2 bậc". */
export function rankChangeText(change: number | null): string {
  if (change === null) return 'năm trước chưa xếp hạng'
  if (change === 0) return 'giữ nguyên hạng'
  return change > 0 ? `tăng ${change} bậc` : `giảm ${Math.abs(change)} bậc`
}

/** Value axis of the ranking chart; at least 100 when ranked by percent, so the 100% line shows. */
export function rankingScale(ranking: Ranking, data: readonly RankingDatum[]): NiceScale {
  const floor = rankedByPercent(ranking) ? 100 : 0
  return niceScale(Math.max(floor, ...data.map((d) => d.value ?? 0)))
}
