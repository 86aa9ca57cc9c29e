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

/** Every page a reader opens without an account, in the years of both structures. */
export const LIGHTHOUSE_ROUTES = [
  '/?year=2024',
  '/?year=2026',
  '/indicators/new_members?year=2024',
  '/indicators/new_members?year=2026',
  '/districts/007',
  '/districts/00256',
  '/report?year=2026',
  '/present?year=2026',
  '/dang-nhap',
]

/** The pages of a signed-in officer (the demo's city account): entry, review, targets, imports, admin. */
export const SIGNED_IN_ROUTES = [
  '/entry/00256/2026',
  '/reports/2026',
  '/targets/2026',
  '/nhap-tu-excel',
  '/admin',
]

/** A session cookie of the demo's city officer (demo databases only), for the signed-in pages. */
export async function demoSessionCookie(base: string, username = 'admin'): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  })
  if (!login.ok) throw new Error(`sign-in for Lighthouse failed: ${login.status}`)
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100)
type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>
/** Runs per page and form; the median is reported. */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3)
/** `LIGHTHOUSE_FORMS=mobile` (or desktop) runs one form only; both by default. */
const LIGHTHOUSE_FORMS = (['mobile', 'desktop'] as const).filter(
  (form) => (process.env.LIGHTHOUSE_FORMS ?? form) === form,
)

export async function runLighthouse(
  base: string,
  routes: readonly string[] = LIGHTHOUSE_ROUTES,
  cookie: string | null = null,
): Promise<LighthouseRow[]> {
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
      for (const form of LIGHTHOUSE_FORMS) {
        const audit = () =>
          lighthouse(
            base + route,
            {
              port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices'],
              ...(cookie ? { extraHeaders: { cookie } } : {}),
            },
            form === 'desktop' ? desktopConfig : undefined,
          )
        // Several runs (LIGHTHOUSE_RUNS, default 3), the median by performance kept: one run moves a
        // page by ±3–5 points on this shared machine, as Lighthouse's own guidance warns.
        const runs: RunnerResult[] = []
        for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
          let result = await audit()
          // A run that failed to load the page (a runtime error, no score) is run once more and says so.
          if (result?.lhr.runtimeError || result?.lhr.categories.performance?.score == null) {
            console.warn(
              `Lighthouse: ${route} (${form}) failed (${result?.lhr.runtimeError?.code ?? 'no score'}), run again`,
            )
            result = await audit()
          }
          if (!result) throw new Error(`Lighthouse gave no result for ${route}`)
          runs.push(result)
        }
        runs.sort(
          (a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0),
        )
        const result = runs[Math.floor(runs.length / 2)] as RunnerResult
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
    // Chromium may still be writing its profile for a moment after it is told to stop.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  }
  return rows
}

export function printLighthouse(rows: readonly LighthouseRow[]): void {
  console.log(
    `\nLighthouse (system Chromium; mobile = simulated slow 4G and 4× CPU, desktop preset; median of ${LIGHTHOUSE_RUNS} runs)\n`,
  )
  console.log(
    `${'route'.padEnd(38)} ${'form'.padEnd(8)} perf  a11y  best   CLS     FCP     LCP    TBT  JS (KiB)`,
  )
  for (const r of rows)
    console.log(
      `${r.route.padEnd(38)} ${r.form.padEnd(8)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${r.cls.toFixed(3).padStart(6)}  ${Math.round(r.fcp).toString().padStart(6)}  ${Math.round(r.lcp).toString().padStart(6)}  ${Math.round(r.tbt).toString().padStart(5)}  ${(r.jsBytes / 1024).toFixed(1).padStart(8)}`,
    )
}

/** The public pages, then the signed-in ones (the server must hold the demo accounts). */
export async function runLighthouseEverywhere(base: string): Promise<LighthouseRow[]> {
  const open = await runLighthouse(base)
  const signedIn = await runLighthouse(base, SIGNED_IN_ROUTES, await demoSessionCookie(base))
  return [...open, ...signedIn]
}

// Run on its own: node tests/bench/lighthouse.ts http://127.0.0.1:3229 [route…] (no route: every page,
// the signed-in ones with the demo's admin account; a route of SIGNED_IN_ROUTES is run signed in)
if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = 'http://127.0.0.1:3229', ...routes] = process.argv.slice(2)
  if (routes.length === 0) printLighthouse(await runLighthouseEverywhere(base))
  else {
    const open = routes.filter((r) => !SIGNED_IN_ROUTES.includes(r))
    const signed = routes.filter((r) => SIGNED_IN_ROUTES.includes(r))
    printLighthouse([
      ...(open.length > 0 ? await runLighthouse(base, open) : []),
      ...(signed.length > 0 ? await runLighthouse(base, signed, await demoSessionCookie(base)) : []),
    ])
  }
}
