import { useEffect, useRef, useState, type ReactNode } from 'react'

// Charts mount when they come near the screen, one at a time, each in its own idle moment: a page of
// twelve charts (a unit's page) no longer draws them in one long task that blocks input on a slow
// phone, and a chart below the fold costs nothing (not even its code) until the reader scrolls to it
// (issue 10 item 7), as dashboards like Grafana do with panels out of view. The chart's box keeps its
// height meanwhile, so nothing moves when it appears; printing draws every chart first.
const queue: Array<() => void> = []
let running = false

function runNext(): void {
  const next = queue.shift()
  if (!next) {
    running = false
    return
  }
  next()
  schedule(runNext)
}

function schedule(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: 200 })
  else window.setTimeout(callback, 0)
}

function enqueue(mount: () => void): () => void {
  queue.push(mount)
  if (!running) {
    running = true
    schedule(runNext)
  }
  return () => {
    const at = queue.indexOf(mount)
    if (at >= 0) queue.splice(at, 1)
  }
}

interface DeferredChartProps {
  /** The chart's height in px, held until it is drawn. */
  height: number
  children: ReactNode
}

/**
 * A chart starts drawing when its box comes on screen: the chart code (recharts, ~90 KB gzip) and
 * its drawing wait until a reader scrolls to the first chart, not with the page's first seconds on
 * a slow phone (its box is reserved: nothing moves when it is drawn).
 */
const NEAR_SCREEN = '0px'

export function DeferredChart({ height, children }: DeferredChartProps) {
  const [ready, setReady] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = box.current
    if (ready || !element) return
    let cancel = () => {}
    const draw = () => {
      cancel = enqueue(() => setReady(true))
    }
    if (typeof IntersectionObserver !== 'function') {
      draw()
      return () => cancel()
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        draw()
      },
      { rootMargin: NEAR_SCREEN },
    )
    observer.observe(element)
    // A printout holds every chart, seen or not.
    const beforePrint = () => {
      observer.disconnect()
      setReady(true)
    }
    window.addEventListener('beforeprint', beforePrint)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', beforePrint)
      cancel()
    }
  }, [ready])
  return ready ? (
    <>{children}</>
  ) : (
    <div ref={box} className="chart-pending" style={{ height }} aria-hidden="true" />
  )
}
