import { WindowedBarChart } from '../../../components/chart/district-bar-chart.tsx'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import type { ListWindow } from '../../../lib/long-list.ts'
import type { RankingDatum } from '../prepare.ts'

interface RankingChartProps {
  window: ListWindow<RankingDatum>
  scale: NiceScale
  formatTick: (value: number) => string
  /** Draw the 100% line when bars are % đạt. */
  fullTargetAt: number | null
}

const toBar = (d: RankingDatum) => ({ name: d.name, value: d.value, lines: d.lines, datum: d.row })

/** Units in rank order, bars coloured by status; a long list as its top and bottom. */
export function RankingChart({ window, scale, formatTick, fullTargetAt }: RankingChartProps) {
  const bars = { ...window, top: window.top.map(toBar), bottom: window.bottom.map(toBar) }
  return <WindowedBarChart window={bars} scale={scale} formatTick={formatTick} referenceAt={fullTargetAt} />
}
