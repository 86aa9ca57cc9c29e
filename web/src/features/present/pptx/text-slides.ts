// Slides made of text and tables, the map picture, and the tiles of units without boundaries.
import type PptxGenJS from 'pptxgenjs'
import { STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import type { LeaderRow, SlideOf } from '../deck/slide-types.ts'
import { BODY, cellStyle, framedSlide, MARGIN, MIN_PT, textBase, W } from './frame.ts'
import { mapPng, MAP_PX } from './map-image.ts'
import type { PptxPalette } from './palette.ts'

export function titlePptx(pptx: PptxGenJS, spec: SlideOf<'title'>, palette: PptxPalette): void {
  const slide = pptx.addSlide()
  slide.background = { color: palette.background }
  const text = (t: string, y: number, h: number, fontSize: number, color: string, bold = false) =>
    slide.addText(t, { ...textBase, x: 1, y, w: W - 2, h, fontSize, color, bold })
  text(spec.kicker, 1.8, 0.6, 24, palette.marks.achieved, true)
  text(spec.title, 2.5, 1.2, 44, palette.ink, true)
  text(spec.subtitle, 3.8, 1.3, 22, palette.muted)
  if (spec.notes.length > 0) text(spec.notes.join('\n'), 6.2, 0.9, MIN_PT, palette.muted)
  if (spec.notes.length > 0) slide.addNotes(spec.notes.join('\n'))
}

export function totalsPptx(pptx: PptxGenJS, spec: SlideOf<'totals'>, palette: PptxPalette): void {
  const { slide } = framedSlide(pptx, spec, palette)
  const head = ['Chỉ tiêu', 'Thực hiện', 'Chỉ tiêu giao', '% đạt', 'So với năm trước'].map((t) => ({
    text: t,
    options: cellStyle(palette, true),
  }))
  const rows = spec.items.map((item) =>
    [
      item.name,
      [`${item.value}${item.unit ? ` ${item.unit}` : ''}`, item.rest, item.reported]
        .filter(Boolean)
        .join('\n'),
      item.target ?? '—',
      item.statusText,
      item.change ?? '—',
    ].map((t) => ({
      text: t,
      options: cellStyle(palette),
    })),
  )
  slide.addTable([head, ...rows], {
    ...BODY,
    h: undefined,
    colW: [3.0, 3.0, 2.1, 1.8, 2.43],
    border: { type: 'solid', pt: 0.75, color: palette.grid },
    fill: { color: palette.panel },
  })
}

function leaderTable(
  palette: PptxPalette,
  heading: string,
  rows: readonly LeaderRow[],
  empty: string,
): PptxGenJS.TableRow[] {
  const head = [{ text: heading, options: { ...cellStyle(palette, true), colspan: 3 } }]
  if (rows.length === 0) return [head, [{ text: empty, options: { ...cellStyle(palette), colspan: 3 } }]]
  return [
    head,
    ...rows.map((r) => [r.name, r.figure, r.detail].map((t) => ({ text: t, options: cellStyle(palette) }))),
  ]
}

export function leadersPptx(pptx: PptxGenJS, spec: SlideOf<'leaders'>, palette: PptxPalette): void {
  const { slide } = framedSlide(pptx, spec, palette)
  const half = (BODY.w - 0.4) / 2
  const options = {
    y: BODY.y,
    w: half,
    colW: [2.4, 1.8, half - 4.2],
    border: { type: 'solid' as const, pt: 0.75, color: palette.grid },
  }
  slide.addTable(leaderTable(palette, spec.topHeading, spec.top, 'Chưa có đơn vị nào được xếp hạng.'), {
    ...options,
    x: BODY.x,
  })
  slide.addTable(leaderTable(palette, spec.improvedHeading, spec.improved, spec.improvedEmpty), {
    ...options,
    x: BODY.x + half + 0.4,
  })
}

/** One square per unit in its status colour, in the slide's order (grouped by status). */
function addTiles(slide: PptxGenJS.Slide, spec: SlideOf<'map'>, palette: PptxPalette, w: number) {
  const n = spec.data.length
  let best = { side: 0, columns: 1 }
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns)
    const side = Math.min(w / columns, BODY.h / rows)
    if (side > best.side) best = { side, columns }
  }
  const gap = best.side * 0.12
  spec.data.forEach((datum, i) => {
    slide.addShape('rect', {
      x: MARGIN + (i % best.columns) * best.side,
      y: BODY.y + Math.floor(i / best.columns) * best.side,
      w: best.side - gap,
      h: best.side - gap,
      fill: { color: palette.marks[datum.status] },
      line: { color: palette.mapEdge, width: 0.5 },
    })
  })
}

export async function mapPptx(
  pptx: PptxGenJS,
  spec: SlideOf<'map'>,
  palette: PptxPalette,
  geo: DistrictBoundaries,
): Promise<void> {
  const { slide } = framedSlide(pptx, spec, palette)
  const h = BODY.h
  const w = (h * MAP_PX.width) / MAP_PX.height
  if (spec.layout === 'map') {
    slide.addImage({
      data: await mapPng(geo, spec.data, palette),
      x: MARGIN,
      y: BODY.y,
      w,
      h,
      altText: spec.title,
    })
  } else {
    addTiles(slide, spec, palette, w)
  }
  // A coloured square before each line: the key from colour to status, with the icon and words.
  const legend: PptxGenJS.TextProps[] = spec.counts.flatMap((c) => [
    { text: '■ ', options: { color: palette.marks[c.status] } },
    {
      text: `${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status]}: ${c.count} đơn vị`,
      options: { breakLine: true },
    },
  ])
  slide.addText(legend, {
    ...textBase,
    x: MARGIN + w + 0.5,
    y: BODY.y,
    w: W - 2 * MARGIN - w - 0.5,
    h: 2.2,
    fontSize: 20,
    color: palette.ink,
    valign: 'top',
  })
}
