// One horizontal bar per district, coloured by status: the overview's comparison and the ranking.
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts'
import type { NiceScale } from './nice-scale.ts'
import { StatusBar, type StatusBarDatum } from './status-bar.tsx'
import { TooltipBox } from './tooltip-box.tsx'

export interface DistrictBar {
  name: string
  /** Bar length (a value or a % đạt); null draws no bar. */
  value: number | null
  /** Tooltip lines, ready-made by the feature's data preparation. */
  lines: readonly string[]
  datum: StatusBarDatum
}

interface DistrictBarChartProps {
  bars: readonly DistrictBar[]
  scale: NiceScale
  formatTick: (value: number) => string
  /** A dashed line across the chart, e.g. at 100% when bars are % đạt. */
  referenceAt?: number | null
  /** Mark each district's own target across its bar. */
  markTarget?: boolean
}

const ROW_HEIGHT = 26

export function DistrictBarChart({
  bars,
  scale,
  formatTick,
  referenceAt = null,
  markTarget = false,
}: DistrictBarChartProps) {
  const byName = new Map(bars.map((bar) => [bar.name, bar]))
  const points = bars.map((bar) => ({ name: bar.name, value: bar.value }))
  return (
    <BarChart
      layout="vertical"
      data={points}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: bars.length * ROW_HEIGHT + 48 }}
      margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis
        type="number"
        domain={[0, scale.max]}
        ticks={scale.ticks}
        tickFormatter={formatTick}
        orientation="top"
      />
      <YAxis type="category" dataKey="name" width={116} interval={0} tickLine={false} />
      <Tooltip
        cursor={{ className: 'chart-cursor' }}
        content={({ active, label }) => (
          <TooltipBox active={active} label={label} linesFor={(name) => byName.get(name)?.lines} />
        )}
      />
      {referenceAt !== null && <ReferenceLine x={referenceAt} stroke="currentColor" strokeDasharray="4 3" />}
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(shape: BarShapeProps) => (
          <StatusBar shape={shape} datum={bars[shape.originalDataIndex]?.datum} markTarget={markTarget} />
        )}
      />
    </BarChart>
  )
}
