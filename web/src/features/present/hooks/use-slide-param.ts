import { useEffect } from 'react'
import { useSearchParams } from 'react-router'

/** Reads ?slide= (1-based); anything else than a whole number falls back to the first slide. */
export function parseSlideParam(raw: string | null, count: number): number {
  const n = raw !== null && /^[0-9]{1,4}$/.test(raw) ? Number(raw) : 1
  return Math.min(Math.max(n, 1), Math.max(count, 1)) - 1
}

/**
 * The current slide lives in the URL (?slide=3), so a reload or a shared link opens the same
 * slide. Moving replaces the history entry: Back leaves the deck instead of stepping through it.
 */
export function useSlideParam(count: number): [number, (index: number, total?: number) => void] {
  const [params, setParams] = useSearchParams()
  const raw = params.get('slide')
  const index = parseSlideParam(raw, count)
  /** `total` is the slide count the move is made in, when the deck itself has just changed. */
  const go = (next: number, total = count) => {
    const clamped = Math.min(Math.max(next, 0), total - 1)
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev)
        p.set('slide', String(clamped + 1))
        return p
      },
      { replace: true },
    )
  }
  // Write a missing or out-of-range number back, so the address always names the slide shown.
  useEffect(() => {
    if (count > 0 && raw !== String(index + 1)) {
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev)
          p.set('slide', String(index + 1))
          return p
        },
        { replace: true },
      )
    }
  }, [raw, index, count, setParams])
  return [index, go]
}
