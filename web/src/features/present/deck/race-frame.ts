// One frame of the bar-chart race: values between two years, interpolated, ranked.
import { compareCodes } from '@ldld/db/contracts'
import type { RaceSeries } from './slide-types.ts'

export interface RaceBar {
  code: string
  name: string
  value: number
  rank: number
}

export interface RaceFrame {
  /** The year the bars are moving towards (the label an audience reads). */
  year: number
  bars: RaceBar[]
}

/** `progress` runs from 0 (first year) to years.length - 1 (last year). */
export function raceFrame(
  years: readonly number[],
  series: readonly RaceSeries[],
  progress: number,
  top: number,
): RaceFrame {
  const last = years.length - 1
  const p = Math.min(Math.max(progress, 0), last)
  const i = Math.floor(p)
  const f = p - i
  const bars = series
    .map((s) => {
      const from = s.cumulative[i] ?? 0
      const to = s.cumulative[Math.min(i + 1, last)] ?? from
      return { code: s.code, name: s.name, value: from + (to - from) * f, rank: 0 }
    })
    .sort((a, b) => b.value - a.value || compareCodes(a.code, b.code))
    .slice(0, top)
    .map((bar, rank) => ({ ...bar, rank }))
  return { year: years[Math.ceil(p)] ?? years[last] ?? 0, bars }
}
