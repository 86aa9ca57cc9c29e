import type { DistrictBar } from '../../deck/slide-types.ts'

interface DistrictBarsProps {
  bars: readonly DistrictBar[]
  scaleMax: number
  /** Bars of a value without target take one neutral colour instead of the status colours. */
  neutral?: boolean
}

const share = (value: number, max: number) => `${Math.min(100, (value / max) * 100)}%`

/**
 * All districts in two columns of fifteen: at 28 px type a single column of thirty would not fit
 * 720 px. Bars share one scale; a district's own target is the tick across its bar.
 */
export function DistrictBars({ bars, scaleMax, neutral = false }: DistrictBarsProps) {
  const half = Math.ceil(bars.length / 2)
  const columns = [bars.slice(0, half), bars.slice(half)]
  return (
    <div className="dbars">
      {columns.map((column, c) => (
        <ol key={c} className="dbars__column" start={c * half + 1}>
          {column.map((bar) => (
            <li key={bar.code} className="dbar" data-code={bar.code}>
              <span className="sr-only">{bar.description}</span>
              <span className="dbar__name" aria-hidden="true">
                {bar.name}
              </span>
              <span className="dbar__track" aria-hidden="true">
                {bar.value !== null && (
                  <span
                    className={`dbar__fill dbar__fill--${neutral ? 'value' : bar.status}`}
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
      ))}
    </div>
  )
}
