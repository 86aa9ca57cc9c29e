// Bar shape coloured by status, optionally with the unit's own target drawn across it.
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
}

export function StatusBar({ shape, datum, markTarget = false }: StatusBarProps) {
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
    </g>
  )
}
