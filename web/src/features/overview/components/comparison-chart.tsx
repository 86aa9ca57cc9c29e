// Lazy-loaded: recharts is the heaviest dependency, so the overview paints its cards and table first.
import { WindowedBarChart } from '../../../components/chart/district-bar-chart.tsx'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import type { ListWindow } from '../../../lib/long-list.ts'
import type { ComparisonDatum } from '../prepare.ts'

interface ComparisonChartProps {
  window: ListWindow<ComparisonDatum>
  scale: NiceScale
  formatTick: (value: number) => string
}

const toBar = (row: ComparisonDatum) => ({ name: row.name, value: row.actual, lines: row.lines, datum: row })

/** One horizontal bar per unit, coloured by status, with the unit's target marked across it. */
export default function ComparisonChart({ window, scale, formatTick }: ComparisonChartProps) {
  const bars = { ...window, top: window.top.map(toBar), bottom: window.bottom.map(toBar) }
  return <WindowedBarChart window={bars} scale={scale} formatTick={formatTick} markTarget />
}
