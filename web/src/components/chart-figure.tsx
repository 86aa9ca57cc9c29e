import type { ReactNode } from 'react'

interface ChartFigureProps {
  /** What a screen reader hears instead of the drawing: the chart's message in one or two sentences. */
  summary: string
  legend?: ReactNode
  /** The same figures as a table, behind "Xem dạng bảng". */
  table?: ReactNode
  className?: string
  children: ReactNode
}

export function ChartFigure({ summary, legend, table, className, children }: ChartFigureProps) {
  return (
    <figure className={className ? `chart ${className}` : 'chart'}>
      <div className="chart__canvas" role="img" aria-label={summary}>
        {children}
      </div>
      {legend}
      {table && (
        <details className="chart__table">
          <summary>Xem dạng bảng</summary>
          {table}
        </details>
      )}
    </figure>
  )
}
