// Which bars a comparison slide shows, and in which column: every unit when they fit two columns,
// else the top and the bottom of the ranking with a heading each (85–126 units after 2025). Pure,
// so the rule is unit-tested; the slide measures how many rows of 28 px type it has room for.
import type { BarOrder, DistrictBar } from './slide-types.ts'

export interface BarColumn {
  /** "% đạt cao nhất (1–14)"; null when every unit is shown. */
  heading: string | null
  /** Place of the column's first bar in the ranking (1-based), for the list's numbering. */
  start: number
  bars: DistrictBar[]
}

export interface BarLayout {
  columns: BarColumn[]
  /** Units not drawn: the middle of the ranking and units without a figure (counted in the legend). */
  omitted: number
}

const HIGH: Record<BarOrder, string> = { percent: '% đạt cao nhất', value: 'Cao nhất' }
const LOW: Record<BarOrder, string> = { percent: '% đạt thấp nhất', value: 'Thấp nhất' }

function halves(bars: readonly DistrictBar[]): BarColumn[] {
  const half = Math.ceil(bars.length / 2)
  return [
    { heading: null, start: 1, bars: bars.slice(0, half) },
    { heading: null, start: half + 1, bars: bars.slice(half) },
  ]
}

/** `rows`: rows of bars one column holds. The bars come ranked (ranked ones first, best first). */
export function barColumns(bars: readonly DistrictBar[], rows: number, order: BarOrder): BarLayout {
  if (bars.length <= 2 * rows) return { columns: halves(bars), omitted: 0 }
  const ranked = bars.filter((b) => b.ranked)
  if (ranked.length <= 2 * rows) return { columns: halves(ranked), omitted: bars.length - ranked.length }
  const per = Math.max(1, rows - 1) // a heading takes a row
  const n = ranked.length
  return {
    columns: [
      { heading: `${HIGH[order]} (1–${per})`, start: 1, bars: ranked.slice(0, per) },
      {
        heading: `${LOW[order]} (${n - per + 1}–${n} trên ${n})`,
        start: n - per + 1,
        bars: ranked.slice(-per),
      },
    ],
    omitted: bars.length - 2 * per,
  }
}
