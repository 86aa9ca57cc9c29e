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
      {/* Every year named; a part year ("2025 (T1–6)") on two lines so it never hides its neighbour. */}
      <XAxis dataKey="label" tickLine={false} interval={0} tick={<YearTick />} height={36} />
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

/** "2025 (T1–6)" as "2025" over "T1–6"; a whole year as it is. */
function YearTick(props: { x?: number | string; y?: number | string; payload?: { value?: string } }) {
  const [year = '', part] = String(props.payload?.value ?? '').split(' ')
  return (
    <text
      x={Number(props.x ?? 0)}
      y={Number(props.y ?? 0) + 12}
      textAnchor="middle"
      className="recharts-cartesian-axis-tick-value"
      fill="currentColor"
      fontSize={12}
    >
      <tspan x={Number(props.x ?? 0)}>{year}</tspan>
      {part && (
        <tspan x={Number(props.x ?? 0)} dy={13}>
          {part.replace(/[()]/g, '')}
        </tspan>
      )}
    </text>
  )
}
