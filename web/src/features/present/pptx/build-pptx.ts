// Loaded on click only (pptxgenjs, jszip): the deck as a PowerPoint file in the presenter's
// order, charts as native, editable chart parts.
import PptxGenJS from 'pptxgenjs'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import { FEDERATION } from '../deck/build-deck.ts'
import type { SlideSpec } from '../deck/slide-types.ts'
import type { StageTheme } from '../hooks/use-stage-theme.ts'
import { indicatorPptx, racePptx, valuePptx, type ChartPatches } from './chart-slides.ts'
import { finishPptx } from './finish.ts'
import { PALETTES } from './palette.ts'
import { leadersPptx, mapPptx, titlePptx, totalsPptx } from './text-slides.ts'

interface PptxContext {
  year: number
  theme: StageTheme
  geo: DistrictBoundaries
}

export async function buildPptx(
  slides: readonly SlideSpec[],
  { year, theme, geo }: PptxContext,
): Promise<Blob> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.author = FEDERATION
  pptx.company = FEDERATION
  pptx.title = `Hội nghị tổng kết năm ${year}`
  pptx.subject = `Kết quả thực hiện chỉ tiêu công đoàn năm ${year}`
  const palette = PALETTES[theme]
  const patches: ChartPatches = []
  for (const spec of slides) {
    switch (spec.kind) {
      case 'title':
        titlePptx(pptx, spec, palette)
        break
      case 'totals':
        totalsPptx(pptx, spec, palette)
        break
      case 'indicator':
        indicatorPptx(pptx, spec, palette, patches)
        break
      case 'value':
        valuePptx(pptx, spec, palette, patches)
        break
      case 'leaders':
        leadersPptx(pptx, spec, palette)
        break
      case 'map':
        await mapPptx(pptx, spec, palette, geo)
        break
      case 'race':
        racePptx(pptx, spec, palette, patches)
        break
    }
  }
  const file = await pptx.write({ outputType: 'arraybuffer' })
  if (!(file instanceof ArrayBuffer)) throw new Error('pptxgenjs did not return an ArrayBuffer')
  return finishPptx(file, patches)
}
