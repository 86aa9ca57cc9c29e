import { useState, type ReactNode } from 'react'

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
  // The table is built when first opened: a closed one would add hundreds of hidden elements (85
  // units × their columns) to every chart of the page and slow its first paint on a phone.
  const [opened, setOpened] = useState(false)
  return (
    <figure className={className ? `chart ${className}` : 'chart'}>
      <div className="chart__canvas" role="img" aria-label={summary}>
        {children}
      </div>
      {legend}
      {table && (
        <details
          className="chart__table"
          onToggle={(event) => {
            if (event.currentTarget.open) setOpened(true)
          }}
        >
          <summary>Xem dạng bảng</summary>
          {opened && table}
        </details>
      )}
    </figure>
  )
}
