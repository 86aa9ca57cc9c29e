// The presenter's order and hidden slides, remembered per year in localStorage. Stored by slide
// id, so a deck that gains or loses a slide (new data) keeps the rest of the presenter's choices.
import { z } from 'zod'

export interface Arrangement {
  order: string[]
  hidden: string[]
}

const storedSchema = z.object({ order: z.array(z.string()), hidden: z.array(z.string()) })

export const arrangementKey = (year: number) => `ldld.present.${year}.slides`

/** Stored choices applied to today's slide ids: unknown ids dropped, new slides kept at their default place. */
export function mergeArrangement(ids: readonly string[], stored: Arrangement | null): Arrangement {
  if (!stored) return { order: [...ids], hidden: [] }
  const known = new Set(ids)
  const order = stored.order.filter((id) => known.has(id))
  ids.forEach((id, index) => {
    if (order.includes(id)) return
    // Insert a new slide after the slide that precedes it in the default order.
    const before = ids.slice(0, index).findLast((prev) => order.includes(prev))
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id)
  })
  return { order, hidden: stored.hidden.filter((id) => known.has(id)) }
}

export function readArrangement(year: number): Arrangement | null {
  try {
    const raw = window.localStorage.getItem(arrangementKey(year))
    if (raw === null) return null
    const parsed = storedSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null // storage disabled or corrupt: start from the default deck
  }
}

export function writeArrangement(year: number, arrangement: Arrangement): void {
  try {
    window.localStorage.setItem(arrangementKey(year), JSON.stringify(arrangement))
  } catch {
    // Private mode or full storage: the choice lasts for this visit only.
  }
}

export function moveSlide(arrangement: Arrangement, id: string, delta: number): Arrangement {
  const from = arrangement.order.indexOf(id)
  const to = from + delta
  if (from < 0 || to < 0 || to >= arrangement.order.length) return arrangement
  const order = [...arrangement.order]
  order.splice(from, 1)
  order.splice(to, 0, id)
  return { ...arrangement, order }
}

/** Hides or shows a slide; the last visible slide cannot be hidden (an empty deck shows nothing). */
export function toggleHidden(arrangement: Arrangement, id: string): Arrangement {
  if (arrangement.hidden.includes(id))
    return { ...arrangement, hidden: arrangement.hidden.filter((h) => h !== id) }
  const visible = arrangement.order.filter((o) => !arrangement.hidden.includes(o))
  if (visible.length <= 1) return arrangement
  return { ...arrangement, hidden: [...arrangement.hidden, id] }
}
