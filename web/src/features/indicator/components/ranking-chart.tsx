import { DistrictBarChart } from '../../../components/chart/district-bar-chart.tsx'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import type { RankingDatum } from '../prepare.ts'

interface RankingChartProps {
  data: readonly RankingDatum[]
  scale: NiceScale
  formatTick: (value: number) => string
  /** Draw the 100% line when bars are % đạt. */
  fullTargetAt: number | null
}

/** Districts in rank order, bars coloured by status. */
export function RankingChart({ data, scale, formatTick, fullTargetAt }: RankingChartProps) {
  const bars = data.map((d) => ({ name: d.name, value: d.value, lines: d.lines, datum: d.row }))
  return <DistrictBarChart bars={bars} scale={scale} formatTick={formatTick} referenceAt={fullTargetAt} />
}
