// Targets (chỉ tiêu, dự toán) and results for illustrative flows. The target is the district's expected
// level, rounded as a plan is; the result is the target times an achievement ratio drawn from the status
// bands, so the dashboard shows a realistic mix: most units achieve, some come near, a few fall short,
// more of them in the COVID years. Targets stay smooth from year to year; results carry the noise.
import type { UnitKind } from '@ldld/db/contracts'
import { between, type Rng } from './prng.ts'

interface Bands {
  achieved: number
  near: number
}

// Probabilities of the achieved and near bands (the rest is below). Hanoi's federations mostly meet
// the city's chỉ tiêu; in 2020–2021 lock-downs made recruiting and organising much harder.
const NORMAL: Bands = { achieved: 0.66, near: 0.2 }
const COVID: Bands = { achieved: 0.42, near: 0.3 }

export function isCovidYear(year: number): boolean {
  return year === 2020 || year === 2021
}

/** actual / target, drawn from the bands; money (dự toán) is more often exceeded by a wide margin. */
export function achievementRatio(rng: Rng, year: number, unitKind: UnitKind): number {
  const bands = isCovidYear(year) ? COVID : NORMAL
  const band = rng()
  if (band < bands.achieved) return between(rng, 1.0, unitKind === 'money' ? 1.35 : 1.45)
  if (band < bands.achieved + bands.near) return between(rng, 0.905, 0.995)
  return between(rng, 0.7, 0.88)
}

/** Round to the nearest multiple of step (whole numbers only). */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step
}

/** Targets are set as round numbers ("2500", "650", "12"); dự toán to the ten million đồng. */
export function niceTarget(raw: number, unitKind: UnitKind): number {
  if (unitKind === 'money') return Math.max(1_000_000, roundTo(raw, raw >= 1e9 ? 10_000_000 : 1_000_000))
  if (raw < 20) return Math.max(1, Math.round(raw))
  if (raw < 200) return roundTo(raw, 5)
  if (raw < 2000) return roundTo(raw, 10)
  return roundTo(raw, 50)
}
