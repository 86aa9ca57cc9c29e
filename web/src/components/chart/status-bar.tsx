// Bar shape coloured by status, optionally with the unit's own target drawn across it, and its
// value label at the end ("hơn 11,78 tỷ", "176,8%") with "mh" when the figure is illustrative.
import { useXAxisScale, type BarShapeProps } from 'recharts'
import type { Status } from '@ldld/db/contracts'

export interface StatusBarDatum {
  status: Status
  target: number | null
  illustrative: boolean
}

interface StatusBarProps {
  shape: BarShapeProps
  datum: StatusBarDatum | undefined
  /** Draw the target on the value axis (horizontal bars only). */
  markTarget?: boolean
  /** The figure at the bar's end, in the short format; null draws none. */
  valueLabel?: string | null
}

/** Gap between the end of a bar (or of its target mark) and its label. */
export const BAR_LABEL_GAP = 6

export function StatusBar({ shape, datum, markTarget = false, valueLabel = null }: StatusBarProps) {
  const xScale = useXAxisScale()
  const { x, y, width, height } = shape
  const status = datum?.status ?? 'no_target'
  const targetX = markTarget && datum?.target != null && xScale ? xScale(datum.target) : undefined
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 0)}
        height={Math.max(height, 0)}
        className={`bar bar--${status}`}
      />
      {targetX !== undefined && (
        <g className="target-mark">
          <line x1={targetX} x2={targetX} y1={y - 3} y2={y + height + 3} className="target-mark__halo" />
          <line x1={targetX} x2={targetX} y1={y - 3} y2={y + height + 3} className="target-mark__line" />
        </g>
      )}
      {valueLabel !== null && (
        // After the bar or, when the target lies beyond it, after the target's mark: never crossed by it.
        <text
          x={Math.max(x + Math.max(width, 0), (targetX ?? 0) + 4) + BAR_LABEL_GAP}
          y={y + height / 2}
          dominantBaseline="central"
          className="bar-label"
        >
          {valueLabel}
          {datum?.illustrative && (
            <tspan className="mh" dx={3} dy="-0.35em">
              mh
            </tspan>
          )}
        </text>
      )}
    </g>
  )
}
