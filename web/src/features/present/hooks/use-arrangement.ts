import { useState } from 'react'
import {
  mergeArrangement,
  moveSlide,
  readArrangement,
  toggleHidden,
  writeArrangement,
  type Arrangement,
} from '../deck/arrangement.ts'
import type { SlideSpec } from '../deck/slide-types.ts'

export interface ArrangedDeck {
  /** Every slide in the presenter's order, hidden ones included (the sorter lists them all). */
  all: SlideSpec[]
  visible: SlideSpec[]
  hidden: ReadonlySet<string>
  /** Each change returns the visible slides it leads to, so the deck can keep showing the same slide. */
  move: (id: string, delta: number) => SlideSpec[]
  toggle: (id: string) => SlideSpec[]
  reset: () => SlideSpec[]
}

/** The presenter's order and hidden slides for this year, remembered in localStorage. */
export function useArrangement(year: number, slides: readonly SlideSpec[]): ArrangedDeck {
  const ids = slides.map((s) => s.id)
  const [stored, setStored] = useState<Arrangement | null>(() => readArrangement(year))
  const arrangement = mergeArrangement(ids, stored)
  const byId = new Map(slides.map((s) => [s.id, s]))
  const visibleOf = (a: Arrangement) =>
    a.order.flatMap((id) => (a.hidden.includes(id) ? [] : (byId.get(id) ?? [])))
  const save = (next: Arrangement) => {
    setStored(next)
    writeArrangement(year, next)
    return visibleOf(next)
  }
  const all = arrangement.order.flatMap((id) => byId.get(id) ?? [])
  const hidden = new Set(arrangement.hidden)
  return {
    all,
    visible: visibleOf(arrangement),
    hidden,
    move: (id, delta) => save(moveSlide(arrangement, id, delta)),
    toggle: (id) => save(toggleHidden(arrangement, id)),
    reset: () => save({ order: ids, hidden: [] }),
  }
}
