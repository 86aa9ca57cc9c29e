// Every PowerPoint slide's frame (16:9, 13,33 × 7,5 in): title, subtitle, footnotes, number, and
// speaker notes. Nothing is set below 14 pt (MIN_PT), the smallest a hall reads.
import type PptxGenJS from 'pptxgenjs'
import type { SlideSpec } from '../deck/slide-types.ts'
import { FONT, LANG, type PptxPalette } from './palette.ts'

export const W = 13.333
export const MARGIN = 0.5
/** The smallest type on any slide, notes page or chart. */
export const MIN_PT = 14
/** The body box between the title block and the footnotes. */
export const BODY = { x: MARGIN, y: 1.45, w: W - 2 * MARGIN, h: 4.8 } as const
const NOTES_Y = 6.3

export interface Frame {
  slide: PptxGenJS.Slide
  palette: PptxPalette
}

/** Text options every text box shares: the font, Vietnamese as the language of every run. */
export const textBase = { fontFace: FONT, lang: LANG } as const

export function framedSlide(
  pptx: PptxGenJS,
  spec: SlideSpec,
  palette: PptxPalette,
  lead?: string | PptxGenJS.TextProps[],
  extraNotes: string[] = [],
): Frame {
  const slide = pptx.addSlide()
  slide.background = { color: palette.background }
  slide.addText(spec.title, {
    ...textBase,
    x: MARGIN,
    y: 0.25,
    w: W - 2 * MARGIN,
    h: 0.7,
    fontSize: 26,
    bold: true,
    color: palette.ink,
  })
  const subtitle = lead ?? spec.subtitle
  if (subtitle) {
    slide.addText(subtitle, {
      ...textBase,
      x: MARGIN,
      y: 0.95,
      w: W - 2 * MARGIN,
      h: 0.5,
      fontSize: 16,
      color: palette.muted,
    })
  }
  const notes = [...spec.notes, ...extraNotes]
  if (notes.length > 0) {
    slide.addText(notes.join('\n'), {
      ...textBase,
      x: MARGIN,
      y: NOTES_Y,
      w: W - 2 * MARGIN - 1,
      h: 7.5 - NOTES_Y - 0.15,
      fontSize: MIN_PT,
      color: palette.muted,
      valign: 'bottom',
    })
  }
  slide.slideNumber = {
    x: W - MARGIN - 0.9,
    y: 6.95,
    w: 0.9,
    h: 0.4,
    fontFace: FONT,
    fontSize: MIN_PT,
    color: palette.muted,
    align: 'right',
  }
  // The footnotes, then each real figure's source and quote: what a presenter reads during the talk.
  const speaker = [...notes, ...(spec.speaker ?? [])]
  if (speaker.length > 0) slide.addNotes(speaker.join('\n'))
  return { slide, palette }
}

/** A table's cell text style. */
export function cellStyle(palette: PptxPalette, bold = false): PptxGenJS.TableCellProps {
  return { ...textBase, fontSize: 16, color: palette.ink, bold, valign: 'middle' }
}
