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
import type { ListWindow } from '../../lib/long-list.ts'
import type { NiceScale } from './nice-scale.ts'
import { BAR_CHART_CHROME, BAR_ROW_HEIGHT, labelAxisWidth, WINDOW_GAP_HEIGHT } from './sizes.ts'
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
  /** Width of the category axis; by default from the longest label. */
  labelWidth?: number
}

export function DistrictBarChart({
  bars,
  scale,
  formatTick,
  referenceAt = null,
  markTarget = false,
  labelWidth,
}: DistrictBarChartProps) {
  const byName = new Map(bars.map((bar) => [bar.name, bar]))
  const points = bars.map((bar) => ({ name: bar.name, value: bar.value }))
  return (
    <BarChart
      layout="vertical"
      data={points}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: bars.length * BAR_ROW_HEIGHT + BAR_CHART_CHROME }}
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
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth ?? labelAxisWidth(bars.map((bar) => bar.name))}
        interval={0}
        tickLine={false}
      />
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

interface WindowedBarChartProps extends Omit<DistrictBarChartProps, 'bars' | 'labelWidth'> {
  window: ListWindow<DistrictBar>
}

/**
 * A long list drawn as its top and its bottom (each label legible), with how many units lie between;
 * a short or expanded list as one chart. Both halves share one scale and one label width.
 */
export function WindowedBarChart({ window, ...props }: WindowedBarChartProps) {
  const labelWidth = labelAxisWidth([...window.top, ...window.bottom].map((bar) => bar.name))
  if (window.bottom.length === 0)
    return <DistrictBarChart bars={window.top} labelWidth={labelWidth} {...props} />
  return (
    <>
      <DistrictBarChart bars={window.top} labelWidth={labelWidth} {...props} />
      <p className="chart-gap" style={{ height: WINDOW_GAP_HEIGHT }}>
        {`… ${window.hidden} đơn vị ở giữa danh sách, xem trong bảng hoặc “Xem tất cả” …`}
      </p>
      <DistrictBarChart bars={window.bottom} labelWidth={labelWidth} {...props} />
    </>
  )
}
