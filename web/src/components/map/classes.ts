// How a district gets its colour: by status band (% đạt from the API) or by value in classes of a
// colour-blind-safe sequential palette (ColorBrewer YlGnBu, 5 classes).
import type { Status, UnitKind } from '@ldld/db/contracts'
import { formatCompact } from '@ldld/db/format'

export type MapMode = 'status' | 'value'

export const VALUE_CLASS_COUNT = 5

/** Two significant digits: class edges an audience can read ("1.200", not "1.187"). */
function roundEdge(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(2))
}

/**
 * Lower edges of classes 1…4 (class 0 starts at the minimum): quintiles rounded to readable
 * numbers, so each class holds about a fifth of the districts. Fewer edges when values repeat.
 */
export function valueBreaks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length < 2) return []
  const edges: number[] = []
  for (let i = 1; i < VALUE_CLASS_COUNT; i += 1) {
    const at = sorted[Math.floor((i * sorted.length) / VALUE_CLASS_COUNT)]
    if (at === undefined) continue
    const edge = roundEdge(at)
    const last = edges.at(-1)
    if (edge > (sorted[0] ?? 0) && (last === undefined || edge > last)) edges.push(edge)
  }
  return edges
}

/** Index of the class a value falls in: 0 below the first edge, edges.length at or above the last. */
export function valueClass(value: number, breaks: readonly number[]): number {
  let index = 0
  while (index < breaks.length && value >= (breaks[index] ?? Infinity)) index += 1
  return index
}

/** Legend texts of the value classes: "dưới 500", "500 – dưới 1.000", "từ 2.000 trở lên". */
export function valueClassLabels(breaks: readonly number[], kind: UnitKind): string[] {
  const f = (v: number) => formatCompact(v, kind)
  if (breaks.length === 0) return ['Tất cả đơn vị']
  return [
    `dưới ${f(breaks[0] ?? 0)}`,
    ...breaks.slice(1).map((edge, i) => `${f(breaks[i] ?? 0)} – dưới ${f(edge)}`),
    `từ ${f(breaks.at(-1) ?? 0)} trở lên`,
  ]
}

/** CSS class of an area; colours live in map.css (and the stage themes override them). */
export function areaClass(
  mode: MapMode,
  status: Status,
  value: number | null,
  breaks: readonly number[],
): string {
  if (mode === 'status') return `map-area--${status}`
  // A unit that has not reported is left blank in either mode, never shaded as a (low) result.
  if (status === 'not_reported' || status === 'not_accepted') return `map-area--${status}`
  if (value === null) return 'map-area--no_data'
  // Spread the classes over the palette when there are fewer than five, keeping its ends.
  const classes = breaks.length + 1
  const index = valueClass(value, breaks)
  const step = classes > 1 ? (VALUE_CLASS_COUNT - 1) / (classes - 1) : 0
  return `map-area--seq-${Math.round(index * step)}`
}

/**
 * A texture laid over the status colour, so the map does not speak by colour alone (colour-blind
 * readers, grey-scale print): hatching for "chưa đạt", dots for "gần đạt", none otherwise.
 */
export type Texture = 'hatch' | 'dots'
export function statusTexture(status: Status | undefined): Texture | null {
  if (status === 'below') return 'hatch'
  return status === 'near' ? 'dots' : null
}
