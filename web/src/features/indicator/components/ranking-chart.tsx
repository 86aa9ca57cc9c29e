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
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import { StatusBar } from '../../../components/chart/status-bar.tsx'
import { TooltipBox } from '../../../components/chart/tooltip-box.tsx'
import type { RankingDatum } from '../prepare.ts'

interface RankingChartProps {
  data: readonly RankingDatum[]
  scale: NiceScale
  formatTick: (value: number) => string
  /** Draw the 100% line when bars are % đạt. */
  fullTargetAt: number | null
}

const ROW_HEIGHT = 26

/** Districts in rank order, bars coloured by status. */
export function RankingChart({ data, scale, formatTick, fullTargetAt }: RankingChartProps) {
  const byName = new Map(data.map((d) => [d.name, d]))
  const points = data.map((d) => ({ name: d.name, value: d.value }))
  return (
    <BarChart
      layout="vertical"
      data={points}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: data.length * ROW_HEIGHT + 48 }}
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
      {fullTargetAt !== null && (
        <ReferenceLine x={fullTargetAt} stroke="currentColor" strokeDasharray="4 3" />
      )}
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(shape: BarShapeProps) => (
          <StatusBar shape={shape} datum={data[shape.originalDataIndex]?.row} />
        )}
      />
    </BarChart>
  )
}
