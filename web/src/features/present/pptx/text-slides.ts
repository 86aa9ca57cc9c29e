// Slides made of text and tables (and the map picture).
import type PptxGenJS from 'pptxgenjs'
import { STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import type { LeaderRow, SlideOf } from '../deck/slide-types.ts'
import { BODY, cellStyle, framedSlide, MARGIN, W } from './frame.ts'
import { mapPng, MAP_PX } from './map-image.ts'
import { FONT, type PptxPalette } from './palette.ts'

export function titlePptx(pptx: PptxGenJS, spec: SlideOf<'title'>, palette: PptxPalette): void {
  const slide = pptx.addSlide()
  slide.background = { color: palette.background }
  const text = (t: string, y: number, h: number, fontSize: number, color: string, bold = false) =>
    slide.addText(t, { x: 1, y, w: W - 2, h, fontFace: FONT, fontSize, color, bold })
  text(spec.kicker, 2.0, 0.6, 24, palette.marks.achieved, true)
  text(spec.title, 2.7, 1.2, 44, palette.ink, true)
  text(spec.subtitle, 4.0, 0.8, 22, palette.muted)
  if (spec.notes.length > 0) text(spec.notes.join('\n'), 6.5, 0.6, 12, palette.muted)
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
    colW: [3.4, 3.0, 2.2, 1.8, 1.93],
    border: { type: 'solid', pt: 0.75, color: palette.grid },
    fill: { color: palette.panel },
  })
}

function leaderTable(
  palette: PptxPalette,
  heading: string,
  rows: readonly LeaderRow[],
): PptxGenJS.TableRow[] {
  const head = [{ text: heading, options: { ...cellStyle(palette, true), colspan: 3 } }]
  if (rows.length === 0)
    return [head, [{ text: 'Chưa có số liệu để so sánh.', options: { ...cellStyle(palette), colspan: 3 } }]]
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
    colW: [2.4, 1.5, half - 3.9],
    border: { type: 'solid' as const, pt: 0.75, color: palette.grid },
  }
  slide.addTable(leaderTable(palette, spec.topHeading, spec.top), { ...options, x: BODY.x })
  slide.addTable(leaderTable(palette, spec.improvedHeading, spec.improved), {
    ...options,
    x: BODY.x + half + 0.4,
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
  slide.addImage({
    data: await mapPng(geo, spec.data, palette),
    x: MARGIN,
    y: BODY.y,
    w,
    h,
    altText: spec.title,
  })
  // A coloured square before each line: the key from colour to status, with the icon and words.
  const legend: PptxGenJS.TextProps[] = spec.counts.flatMap((c) => [
    { text: '■ ', options: { color: palette.marks[c.status] } },
    {
      text: `${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status]}: ${c.count} đơn vị`,
      options: { breakLine: true },
    },
  ])
  slide.addText(legend, {
    x: MARGIN + w + 0.5,
    y: BODY.y,
    w: W - 2 * MARGIN - w - 0.5,
    h: 2.2,
    fontFace: FONT,
    fontSize: 20,
    color: palette.ink,
    valign: 'top',
  })
}
