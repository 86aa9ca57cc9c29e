import { useState, type RefObject } from 'react'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import type { SlideSpec } from '../deck/slide-types.ts'
import type { StageTheme } from './use-stage-theme.ts'
import { STAGE_HEIGHT, STAGE_WIDTH } from './use-stage-scale.ts'

export interface DeckExports {
  message: string | null
  png: () => void
  pptx: () => void
}

interface ExportInput {
  year: number
  stage: RefObject<HTMLDivElement | null>
  slides: readonly SlideSpec[]
  number: number
  theme: StageTheme
  geo: DistrictBoundaries
}

/** PNG of the slide on screen and the PowerPoint file; their modules were loaded with the deck (use-deck-data). */
export function useDeckExports({ year, stage, slides, number, theme, geo }: ExportInput): DeckExports {
  const [message, setMessage] = useState<string | null>(null)
  const run = async (busy: string, failed: string, work: () => Promise<void>) => {
    setMessage(busy)
    try {
      await work()
      setMessage(null)
    } catch {
      setMessage(failed)
    }
  }
  const png = () =>
    void run('Đang tạo ảnh…', 'Không tạo được ảnh. Vui lòng thử lại.', async () => {
      // The slide, not the stage: the stage is centred and scaled on screen, the slide fills it at (0, 0).
      const node = stage.current?.querySelector<HTMLElement>('.slide')
      if (!node) throw new Error('no slide')
      const [{ elementToPng }, { downloadBlob }] = await Promise.all([
        import('../../../lib/export/png.ts'),
        import('../../../lib/export/download.ts'),
      ])
      const background = getComputedStyle(node).backgroundColor.trim() || '#ffffff'
      const blob = await elementToPng(node, {
        width: STAGE_WIDTH,
        height: STAGE_HEIGHT,
        pixelRatio: 1.5,
        background,
      })
      downloadBlob(blob, `trinh-chieu-${year}-trang-${number}.png`)
    })
  const pptx = () =>
    void run('Đang tạo tệp PowerPoint…', 'Không tạo được tệp PowerPoint. Vui lòng thử lại.', async () => {
      const [{ buildPptx }, { downloadBlob }] = await Promise.all([
        import('../pptx/build-pptx.ts'),
        import('../../../lib/export/download.ts'),
      ])
      downloadBlob(await buildPptx(slides, { year, theme, geo }), `trinh-chieu-ldld-ha-noi-${year}.pptx`)
    })
  return { message, png, pptx }
}
