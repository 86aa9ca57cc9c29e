import { useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../../../lib/paths.ts'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import { buildDeck } from '../deck/build-deck.ts'
import type { DeckData, SlideSpec } from '../deck/slide-types.ts'
import { useArrangement, type ArrangedDeck } from '../hooks/use-arrangement.ts'
import { boundedCodes } from '../hooks/use-built-deck.ts'
import { useAwake } from '../hooks/use-awake.ts'
import { toggleFullscreen, useDeckKeys } from '../hooks/use-deck-keys.ts'
import { useDeckExports } from '../hooks/use-deck-exports.ts'
import { useDeckWarmup } from '../hooks/use-deck-warmup.ts'
import { useInlineFavicon } from '../hooks/use-inline-favicon.ts'
import { useSlideParam } from '../hooks/use-slide-param.ts'
import { useStageTheme } from '../hooks/use-stage-theme.ts'
import { DeckToolbar } from './deck-toolbar.tsx'
import { HelpDialog } from './help-dialog.tsx'
import { SlideSorter } from './slide-sorter.tsx'
import { SlideView } from './slide-view.tsx'
import { Stage } from './stage.tsx'

type Panel = 'none' | 'help' | 'sorter'

/** The loaded deck: slides in the presenter's order, keys, toolbar, dialogs and downloads. */
interface DeckProps {
  data: DeckData
  geo: DistrictBoundaries
  /** The site icon as a data URL, or null to leave the icon alone. */
  favicon?: string | null
  /** Whether the PowerPoint and PNG writers are loaded (downloads then work without a network). */
  exportsReady?: boolean
  /** The slides already built from `data` and `geo` (`useBuiltDeck`); built here when not given. */
  built?: SlideSpec[] | undefined
}

export function Deck({ data, geo, favicon = null, exportsReady = false, built }: DeckProps) {
  const navigate = useNavigate()
  const slides = useMemo(() => built ?? buildDeck(data, boundedCodes(geo)), [built, data, geo])
  const arranged = useArrangement(data.year, slides)
  const [index, go] = useSlideParam(arranged.visible.length)
  const [theme, toggleTheme] = useStageTheme()
  const [panel, setPanel] = useState<Panel>('none')
  const [racePaused, setRacePaused] = useState(false)
  const stage = useRef<HTMLDivElement>(null)
  const awake = useAwake()
  const slide = arranged.visible[index]
  const number = index + 1
  /**
   * After a change in the slide sorter the slide on screen stays on screen: hiding or moving another
   * slide must not swap it for its neighbour. A slide that was itself hidden gives way to the one
   * now at its place.
   */
  const keepShown = (visible: SlideSpec[]): void => {
    const at = slide ? visible.findIndex((s) => s.id === slide.id) : -1
    if (at >= 0 && at !== index) go(at, visible.length)
  }
  const deck: ArrangedDeck = {
    ...arranged,
    move: (id, delta) => {
      const visible = arranged.move(id, delta)
      keepShown(visible)
      return visible
    },
    toggle: (id) => {
      const visible = arranged.toggle(id)
      keepShown(visible)
      return visible
    },
    reset: () => {
      const visible = arranged.reset()
      keepShown(visible)
      return visible
    },
  }
  const exports = useDeckExports({ year: data.year, stage, slides: deck.visible, number, theme, geo })
  const move = (to: number) => {
    setRacePaused(false) // the race starts afresh each time it is shown
    go(to)
  }
  const actions = {
    next: () => move(index + 1),
    previous: () => move(index - 1),
    first: () => move(0),
    last: () => move(deck.visible.length - 1),
    leave: () => void navigate(paths.overview(data.year, undefined, data.basis)),
    fullscreen: toggleFullscreen,
    togglePause: () => setRacePaused((p) => !p),
    help: () => setPanel('help'),
    sorter: () => setPanel('sorter'),
    theme: toggleTheme,
    png: exports.png,
    pptx: exports.pptx,
  }
  useDeckKeys(actions)
  useInlineFavicon(favicon)
  useDeckWarmup(geo)
  return (
    <div
      className="present"
      data-theme={theme}
      data-awake={awake}
      data-exports={exportsReady ? 'ready' : 'loading'}
    >
      <title>{`${slide?.title ?? 'Trình chiếu'} — Trình chiếu ${data.year}`}</title>
      <Stage stageRef={stage}>
        {slide && (
          <SlideView
            key={slide.id}
            slide={slide}
            number={number}
            total={deck.visible.length}
            geo={geo}
            racePaused={racePaused}
            onRacePause={setRacePaused}
          />
        )}
      </Stage>
      <DeckToolbar
        number={number}
        total={deck.visible.length}
        theme={theme}
        actions={actions}
        message={exports.message}
        awake={awake}
      />
      {panel === 'help' && <HelpDialog onClose={() => setPanel('none')} />}
      {panel === 'sorter' && <SlideSorter deck={deck} onClose={() => setPanel('none')} />}
    </div>
  )
}
