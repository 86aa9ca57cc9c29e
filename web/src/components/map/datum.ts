import type { Indicator } from '@ldld/db/contracts'
import type { Status } from '@ldld/db/contracts'
import { describeFigure, figureLines, type Figure } from '../../lib/figures.ts'

/** What the map knows of one district: colour inputs and the texts shown on hover, focus and to screen readers. */
export interface MapDatum {
  code: string
  name: string
  status: Status
  value: number | null
  /** "Hai Bà Trưng — Đoàn viên kết nạp mới: 2.536/2.150, đạt 118% (Đạt/vượt)". */
  label: string
  lines: string[]
}

/** Works for a dashboard cell and for a ranking row alike: both carry the figure fields. */
export function mapDatum(
  code: string,
  name: string,
  indicator: Indicator,
  figure: Figure | undefined,
): MapDatum {
  return {
    code,
    name,
    status: figure?.status ?? 'no_data',
    value: figure?.actual ?? null,
    label: describeFigure(name, indicator, figure),
    lines: figureLines(figure, indicator),
  }
}

export function byCode(data: readonly MapDatum[]): ReadonlyMap<string, MapDatum> {
  return new Map(data.map((datum) => [datum.code, datum]))
}
