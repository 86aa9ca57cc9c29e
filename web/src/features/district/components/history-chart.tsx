import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import { StatusBar } from '../../../components/chart/status-bar.tsx'
import { TooltipBox } from '../../../components/chart/tooltip-box.tsx'
import type { HistoryRow } from '../prepare.ts'

interface HistoryChartProps {
  rows: readonly HistoryRow[]
  scale: NiceScale
  showTarget: boolean
  formatTick: (value: number) => string
}

/** Actual per year as bars coloured by status, the target as a dashed line. */
export function HistoryChart({ rows, scale, showTarget, formatTick }: HistoryChartProps) {
  const byLabel = new Map(rows.map((row) => [row.label, row]))
  const data = rows.map((row) => ({ label: row.label, actual: row.actual, target: row.target }))
  return (
    <ComposedChart
      data={data}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: 240 }}
      margin={{ top: 12, right: 12, bottom: 4, left: 4 }}
    >
      <CartesianGrid vertical={false} className="chart-grid" />
      <XAxis dataKey="label" tickLine={false} />
      <YAxis domain={[0, scale.max]} ticks={scale.ticks} tickFormatter={formatTick} width={72} />
      <Tooltip
        cursor={{ className: 'chart-cursor' }}
        content={({ active, label }) => (
          <TooltipBox active={active} label={label} linesFor={(year) => byLabel.get(year)?.lines} />
        )}
      />
      <Bar
        dataKey="actual"
        maxBarSize={48}
        isAnimationActive={false}
        shape={(shape: BarShapeProps) => {
          const cell = rows[shape.originalDataIndex]?.cell
          const datum = cell && { status: cell.status, target: cell.target, illustrative: cell.illustrative }
          return <StatusBar shape={shape} datum={datum} />
        }}
      />
      {showTarget && (
        <Line
          dataKey="target"
          className="target-line"
          stroke="currentColor"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 4, className: 'target-line__dot' }}
          connectNulls={false}
          isAnimationActive={false}
        />
      )}
    </ComposedChart>
  )
}
