import { useEffect, useState, type ReactNode } from 'react'

// Charts mount one at a time, each in its own idle moment: a page of twelve charts (a unit's page)
// no longer draws them in one long task that blocks input on a slow phone (issue 10 item 7). The
// chart's box keeps its height meanwhile, so nothing moves when it appears.
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

export function DeferredChart({ height, children }: DeferredChartProps) {
  const [ready, setReady] = useState(false)
  useEffect(() => enqueue(() => setReady(true)), [])
  return ready ? <>{children}</> : <div className="chart-pending" style={{ height }} aria-hidden="true" />
}
