import { useEffect, useRef, useState } from 'react'

/** One year of the race takes this long: slow enough to read the names as they pass. */
export const YEAR_MS = 1400

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

export interface Race {
  /** 0 … years - 1, fractional while bars move between two years. */
  progress: number
  ended: boolean
  restart: () => void
}

/**
 * Drives the race with requestAnimationFrame. With reduced motion asked for, it opens on the last
 * year and moves only when the presenter presses "Chạy lại".
 */
export function useRace(years: number, paused: boolean): Race {
  const last = Math.max(years - 1, 0)
  const [progress, setProgress] = useState(() => (prefersReducedMotion() ? last : 0))
  const at = useRef(progress)
  const ended = progress >= last
  useEffect(() => {
    if (paused || ended) return
    let frame = 0
    let before = performance.now()
    const tick = (now: number) => {
      at.current = Math.min(last, at.current + (now - before) / YEAR_MS)
      before = now
      setProgress(at.current)
      if (at.current < last) frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(frame)
  }, [paused, ended, last])
  const restart = () => {
    at.current = 0
    setProgress(0)
  }
  return { progress, ended, restart }
}
