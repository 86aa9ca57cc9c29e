// The map slide's picture for PowerPoint: the same projection as on screen, drawn to a PNG.
// (A chart part cannot hold a map; the credit line goes on the slide beside it.)
import { projectDistricts, type DistrictBoundaries, type MapDatum } from '../../../components/map/index.ts'
import type { PptxPalette } from './palette.ts'

export const MAP_PX = { width: 900, height: 1040 } as const

export async function mapPng(
  geo: DistrictBoundaries,
  data: readonly MapDatum[],
  palette: PptxPalette,
): Promise<string> {
  const { width, height } = MAP_PX
  const status = new Map(data.map((d) => [d.code, d.status]))
  const paths = projectDistricts(geo, width, height)
    .map(
      (s) =>
        `<path d="${s.d}" fill="#${palette.marks[status.get(s.code) ?? 'no_data']}" stroke="#${palette.mapEdge}" stroke-width="2"/>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${paths}</svg>`
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('Canvas 2D is not available')
  context.drawImage(image, 0, 0)
  return canvas.toDataURL('image/png')
}
