// Names on the district map (issue 10 item 8): as many as fit legibly. The units named first are the
// ones a reader looks for (the top and bottom of the ranking), then the larger areas; a label that
// would overlap another, or run far outside a small area, is left out (the area still names itself
// on hover, focus and to screen readers, and the table lists every unit).
import type { DistrictShape } from './project.ts'

export const LABEL_FONT_SIZE = 11
const CHAR_WIDTH = 0.56 * LABEL_FONT_SIZE
const LINE_HEIGHT = LABEL_FONT_SIZE + 2

export interface MapLabel {
  code: string
  text: string
  x: number
  y: number
  box: { x0: number; y0: number; x1: number; y1: number }
}

function overlaps(a: MapLabel['box'], b: MapLabel['box']): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

/**
 * Labels that do not overlap each other and stay inside the drawing. `first` lists codes to place
 * before the others (the ranking's ends); those may run past a small area's edge, the rest must fit
 * the area's width.
 */
export function placeLabels(
  shapes: readonly DistrictShape[],
  width: number,
  height: number,
  first: readonly string[] = [],
): MapLabel[] {
  const priority = new Map(first.map((code, index) => [code, index]))
  const order = [...shapes].sort(
    (a, b) => (priority.get(a.code) ?? Infinity) - (priority.get(b.code) ?? Infinity) || b.area - a.area,
  )
  const placed: MapLabel[] = []
  for (const shape of order) {
    const textWidth = shape.name.length * CHAR_WIDTH
    const wanted = priority.has(shape.code)
    if (!wanted && textWidth > shape.width * 0.95) continue
    const [cx, cy] = shape.centroid
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue
    const box = {
      x0: cx - textWidth / 2 - 1,
      y0: cy - LINE_HEIGHT / 2,
      x1: cx + textWidth / 2 + 1,
      y1: cy + LINE_HEIGHT / 2,
    }
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue
    if (placed.some((label) => overlaps(label.box, box))) continue
    placed.push({ code: shape.code, text: shape.name, x: cx, y: cy, box })
  }
  return placed
}
