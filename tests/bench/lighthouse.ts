// Lighthouse (npm `lighthouse`, pinned) on the built app with the system Chromium: performance,
// accessibility and best-practice scores, cumulative layout shift and the JavaScript sent, per route,
// mobile and desktop (issue 10 item 7). Figures, not assertions.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'

export interface LighthouseRow {
  route: string
  form: 'mobile' | 'desktop'
  performance: number
  accessibility: number
  bestPractices: number
  cls: number
  /** First and largest contentful paint and total blocking time, ms (simulated for mobile). */
  fcp: number
  lcp: number
  tbt: number
  /** Bytes of JavaScript transferred (gzip as sent). */
  jsBytes: number
}

export const LIGHTHOUSE_ROUTES = [
  '/?year=2024',
  '/?year=2026',
  '/indicators/new_members?year=2024',
  '/indicators/new_members?year=2026',
  '/districts/007',
  '/districts/00256',
]

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100)

export async function runLighthouse(base: string, routes = LIGHTHOUSE_ROUTES): Promise<LighthouseRow[]> {
  const chromePath = findChromium()
  if (!chromePath) throw new Error('Chromium not found (see README)')
  // The system Chromium with a DevTools port for Lighthouse (no browser download).
  const profile = mkdtempSync(join(tmpdir(), 'ldld-lighthouse-'))
  const port = 9300 + Math.floor(Math.random() * 500)
  const chrome = spawn(
    chromePath,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const rows: LighthouseRow[] = []
  try {
    for (const route of routes)
      for (const form of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(
          base + route,
          {
            port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
          },
          form === 'desktop' ? desktopConfig : undefined,
        )
        if (!result) throw new Error(`Lighthouse gave no result for ${route}`)
        const { categories, audits } = result.lhr
        const items = (
          audits['network-requests']?.details as {
            items?: { resourceType?: string; transferSize?: number }[]
          }
        )?.items
        rows.push({
          route,
          form,
          performance: score(categories.performance?.score),
          accessibility: score(categories.accessibility?.score),
          bestPractices: score(categories['best-practices']?.score),
          cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
          fcp: audits['first-contentful-paint']?.numericValue ?? 0,
          lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
          tbt: audits['total-blocking-time']?.numericValue ?? 0,
          jsBytes: (items ?? [])
            .filter((i) => i.resourceType === 'Script')
            .reduce((n, i) => n + (i.transferSize ?? 0), 0),
        })
      }
  } finally {
    chrome.kill()
    rmSync(profile, { recursive: true, force: true })
  }
  return rows
}

export function printLighthouse(rows: readonly LighthouseRow[]): void {
  console.log('\nLighthouse (system Chromium; mobile = simulated slow 4G and 4× CPU, desktop preset)\n')
  console.log(
    `${'route'.padEnd(38)} ${'form'.padEnd(8)} perf  a11y  best   CLS     FCP     LCP    TBT  JS (KiB)`,
  )
  for (const r of rows)
    console.log(
      `${r.route.padEnd(38)} ${r.form.padEnd(8)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${r.cls.toFixed(3).padStart(6)}  ${Math.round(r.fcp).toString().padStart(6)}  ${Math.round(r.lcp).toString().padStart(6)}  ${Math.round(r.tbt).toString().padStart(5)}  ${(r.jsBytes / 1024).toFixed(1).padStart(8)}`,
    )
}

// Run on its own: node tests/bench/lighthouse.ts http://127.0.0.1:3229 [route…]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = 'http://127.0.0.1:3229', ...routes] = process.argv.slice(2)
  printLighthouse(await runLighthouse(base, routes.length > 0 ? routes : undefined))
}
