// Every PowerPoint slide's frame (16:9, 13,33 × 7,5 in): title, subtitle, footnotes, number.
import type PptxGenJS from 'pptxgenjs'
import type { SlideSpec } from '../deck/slide-types.ts'
import { FONT, type PptxPalette } from './palette.ts'

export const W = 13.333
export const MARGIN = 0.5
/** The body box between the title block and the footnotes. */
export const BODY = { x: MARGIN, y: 1.55, w: W - 2 * MARGIN, h: 4.95 } as const

export interface Frame {
  slide: PptxGenJS.Slide
  palette: PptxPalette
}

export function framedSlide(
  pptx: PptxGenJS,
  spec: SlideSpec,
  palette: PptxPalette,
  lead?: string,
  extraNotes: string[] = [],
): Frame {
  const slide = pptx.addSlide()
  slide.background = { color: palette.background }
  slide.addText(spec.title, {
    x: MARGIN,
    y: 0.3,
    w: W - 2 * MARGIN,
    h: 0.75,
    fontFace: FONT,
    fontSize: 28,
    bold: true,
    color: palette.ink,
  })
  const subtitle = lead ?? spec.subtitle
  if (subtitle) {
    slide.addText(subtitle, {
      x: MARGIN,
      y: 1.02,
      w: W - 2 * MARGIN,
      h: 0.45,
      fontFace: FONT,
      fontSize: 16,
      color: palette.muted,
    })
  }
  const notes = [...spec.notes, ...extraNotes]
  if (notes.length > 0) {
    slide.addText(notes.join('\n'), {
      x: MARGIN,
      y: 6.6,
      w: W - 2 * MARGIN - 1,
      h: 0.75,
      fontFace: FONT,
      fontSize: 11,
      color: palette.muted,
      valign: 'bottom',
    })
  }
  slide.slideNumber = {
    x: W - MARGIN - 0.8,
    y: 6.95,
    w: 0.8,
    h: 0.35,
    fontFace: FONT,
    fontSize: 12,
    color: palette.muted,
    align: 'right',
  }
  // The same footnotes as speaker notes, where a presenter reads them during the talk.
  if (notes.length > 0) slide.addNotes(notes.join('\n'))
  return { slide, palette }
}

/** A table's cell text style. */
export function cellStyle(palette: PptxPalette, bold = false): PptxGenJS.TableCellProps {
  return { fontFace: FONT, fontSize: 16, color: palette.ink, bold, valign: 'middle' }
}
