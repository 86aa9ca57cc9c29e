// The stage themes' colours (present.css) for the PowerPoint file, as pptxgenjs wants them (no '#').
import type { Status } from '@ldld/db/contracts'
import type { StageTheme } from '../hooks/use-stage-theme.ts'

export interface PptxPalette {
  background: string
  ink: string
  muted: string
  panel: string
  grid: string
  marks: Record<Status, string>
  target: string
  /** Bars of a value without a target (welfare spending, the race). */
  value: string
  mapEdge: string
}

export const PALETTES: Record<StageTheme, PptxPalette> = {
  dark: {
    background: '0E1621',
    ink: 'F2F4F7',
    muted: 'B8C2CC',
    panel: '1B2533',
    grid: '3A4656',
    marks: {
      achieved: '56B4E9',
      near: 'E69F00',
      below: 'D55E00',
      no_target: '8A8F98',
      source_no_target: '8A8F98',
      no_data: '8A8F98',
      not_reported: '8A8F98',
      not_accepted: '8A8F98',
    },
    target: 'B8C2CC',
    value: '009E73',
    mapEdge: '0E1621',
  },
  light: {
    background: 'FFFFFF',
    ink: '111418',
    muted: '454B54',
    panel: 'EEF1F5',
    grid: 'C5CCD5',
    marks: {
      achieved: '0072B2',
      near: 'C48600',
      below: 'B34700',
      no_target: '767C85',
      source_no_target: '767C85',
      no_data: '767C85',
      not_reported: '767C85',
      not_accepted: '767C85',
    },
    target: '767C85',
    value: '00805D',
    mapEdge: 'FFFFFF',
  },
}

/** Arial carries every Vietnamese letter and is on every computer that opens the file. */
export const FONT = 'Arial'
/** The language of every text run: spelling, hyphenation and the reader's voice are Vietnamese. */
export const LANG = 'vi-VN'
