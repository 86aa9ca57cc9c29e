// Lazy-loaded: recharts is the heaviest dependency, so the overview paints its cards and table first.
import { DistrictBarChart } from '../../../components/chart/district-bar-chart.tsx'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import type { ComparisonDatum } from '../prepare.ts'

interface ComparisonChartProps {
  rows: readonly ComparisonDatum[]
  scale: NiceScale
  formatTick: (value: number) => string
}

/** One horizontal bar per district, coloured by status, with the district's target marked across it. */
export default function ComparisonChart({ rows, scale, formatTick }: ComparisonChartProps) {
  const bars = rows.map((row) => ({ name: row.name, value: row.actual, lines: row.lines, datum: row }))
  return <DistrictBarChart bars={bars} scale={scale} formatTick={formatTick} markTarget />
}
