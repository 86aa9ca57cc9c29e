// Lazy-loaded: recharts is the heaviest dependency, so the overview paints its cards and table first.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import { StatusBar } from '../../../components/chart/status-bar.tsx'
import { TooltipBox } from '../../../components/chart/tooltip-box.tsx'
import type { ComparisonDatum } from '../prepare.ts'

interface ComparisonChartProps {
  rows: readonly ComparisonDatum[]
  scale: NiceScale
  formatTick: (value: number) => string
}

const ROW_HEIGHT = 26

/** One horizontal bar per district, coloured by status, with the district's target marked across it. */
export default function ComparisonChart({ rows, scale, formatTick }: ComparisonChartProps) {
  const byName = new Map(rows.map((row) => [row.name, row]))
  return (
    <BarChart
      layout="vertical"
      data={[...rows]}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: rows.length * ROW_HEIGHT + 48 }}
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
      <Bar
        dataKey="actual"
        isAnimationActive={false}
        shape={(shape: BarShapeProps) => (
          <StatusBar shape={shape} datum={rows[shape.originalDataIndex]} markTarget />
        )}
      />
    </BarChart>
  )
}
