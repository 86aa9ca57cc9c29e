import { useLayoutEffect, useRef, useState } from 'react'
import { barColumns } from '../../deck/bar-columns.ts'
import type { BarOrder, DistrictBar } from '../../deck/slide-types.ts'

interface DistrictBarsProps {
  bars: readonly DistrictBar[]
  scaleMax: number
  order: BarOrder
  /** Bars of a value without target take one neutral colour instead of the status colours. */
  neutral?: boolean
}

/** Height of a row of 28 px type (line height 1.1) on the 1280×720 stage. */
export const BAR_ROW = 32

const share = (value: number, max: number) => `${Math.min(100, (value / max) * 100)}%`

/**
 * Two columns of bars sharing one scale; a unit's own target is the tick across its bar. As many
 * rows as the slide's body holds at 28 px: thirty districts fit, 85 unions show their top and
 * bottom (deck/bar-columns.ts). Name, bar and label sit in columns of one grid, so a long label
 * ("hơn 11,78 tỷ") widens its column instead of running into the next one.
 */
export function DistrictBars({ bars, scaleMax, order, neutral = false }: DistrictBarsProps) {
  const box = useRef<HTMLDivElement>(null)
  const [rows, setRows] = useState(15)
  useLayoutEffect(() => {
    const height = box.current?.clientHeight ?? 0
    if (height > 0) setRows(Math.max(4, Math.floor(height / BAR_ROW)))
  }, [])
  const { columns } = barColumns(bars, rows, order)
  return (
    <div ref={box} className="dbars">
      {columns.map((column, c) => (
        <div key={c} className="dbars__column">
          {column.heading && <p className="dbars__heading">{column.heading}</p>}
          <ol className="dbars__list" start={column.start}>
            {column.bars.map((bar) => (
              <li key={bar.code} className="dbar" data-code={bar.code}>
                <span className="sr-only">{bar.description}</span>
                <span className="dbar__name" aria-hidden="true">
                  {bar.name}
                </span>
                <span className="dbar__track" aria-hidden="true">
                  {bar.value !== null && (
                    <span
                      className={`dbar__fill dbar__fill--${neutral ? 'value' : bar.status}${bar.value > scaleMax ? ' dbar__fill--clipped' : ''}`}
                      style={{ width: share(bar.value, scaleMax) }}
                    />
                  )}
                  {bar.target !== null && (
                    <span className="dbar__target" style={{ left: share(bar.target, scaleMax) }} />
                  )}
                </span>
                <span className={`dbar__label status--${bar.status}`} aria-hidden="true">
                  {bar.label}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  )
}
