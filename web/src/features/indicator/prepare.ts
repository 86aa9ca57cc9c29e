import type { Indicator, Ranking, RankingRow } from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { niceScale, type NiceScale } from '../../components/chart/nice-scale.ts'
import { figureLines, valueText } from '../../lib/figures.ts'

export interface RankingDatum {
  row: RankingRow
  name: string
  /** Bar length: % đạt when ranked by percent, otherwise the value. */
  value: number | null
  /** The ranked figure as text: "176,8%" or "2.352 đoàn viên". */
  score: string
  lines: string[]
}

export function rankingData(ranking: Ranking, indicator: Indicator): RankingDatum[] {
  const rows = [...ranking.rows].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.localeCompare(b.unit),
  )
  return rows.map((row) => {
    const lines = [...(row.rank === null ? [] : [`Hạng ${row.rank}`]), ...figureLines(row, indicator)]
    const value = ranking.rankedBy === 'percent' ? row.percent : row.actual
    const score =
      value === null
        ? '—'
        : ranking.rankedBy === 'percent'
          ? formatPercent(value)
          : valueText(value, indicator, row.actualQualifier)
    return { row, name: row.name, value, score, lines }
  })
}

export function rankingSummary(
  ranking: Ranking,
  indicator: Indicator,
  data: readonly RankingDatum[],
): string {
  const by = ranking.rankedBy === 'percent' ? 'theo % đạt chỉ tiêu' : 'theo số thực hiện'
  const ranked = data.filter((d) => d.row.rank !== null)
  const { expected, reported } = ranking.coverage
  const pending = expected > reported ? ` ${expected - reported} đơn vị chưa báo cáo, không xếp hạng.` : ''
  const first = ranked[0]
  const last = ranked.at(-1)
  const ends =
    first && last
      ? ` Đứng đầu: ${first.name}, ${first.score}. Cuối bảng: ${last.name}, ${last.score}.`
      : ' Chưa có đơn vị nào được xếp hạng.'
  return `Biểu đồ thanh ngang: xếp hạng ${ranked.length} quận, huyện năm ${ranking.year} về ${indicator.nameVi}, ${by}.${ends}${pending}`
}

/** Words for a change of rank, read out instead of the arrow: "tăng 2 bậc". */
export function rankChangeText(change: number | null): string {
  if (change === null) return 'năm trước chưa xếp hạng'
  if (change === 0) return 'giữ nguyên hạng'
  return change > 0 ? `tăng ${change} bậc` : `giảm ${Math.abs(change)} bậc`
}

/** Value axis of the ranking chart; at least 100 when ranked by percent, so the 100% line shows. */
export function rankingScale(ranking: Ranking, data: readonly RankingDatum[]): NiceScale {
  const floor = ranking.rankedBy === 'percent' ? 100 : 0
  return niceScale(Math.max(floor, ...data.map((d) => d.value ?? 0)))
}
