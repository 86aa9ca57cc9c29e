export interface NiceScale {
  max: number
  ticks: number[]
}

// Axis end m × 10^k and the tick step that gives it 4–5 even intervals.
const STEPS: readonly (readonly [number, number])[] = [
  [1, 0.2],
  [2, 0.5],
  [2.5, 0.5],
  [5, 1],
  [10, 2],
]

/** Round an axis end up to 1, 2, 2,5 or 5 × 10^k so ticks read "0 · 500 · 1.000 …", never "2.352". */
export function niceScale(value: number): NiceScale {
  if (!(value > 0)) return { max: 1, ticks: [0, 1] }
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const [end, step] = STEPS.find(([m]) => m * magnitude >= value) ?? [10, 2]
  const ticks: number[] = []
  for (let i = 0; i * step <= end + 1e-9; i += 1) ticks.push(Math.round(i * step * magnitude * 1e6) / 1e6)
  return { max: end * magnitude, ticks }
}
