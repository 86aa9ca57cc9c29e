// `pnpm bench`: prints the figures the issues budget, from one run. No assertions: figures, not tests.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareDatabase } from '@ldld/server/database'
import { benchDurability, printDurability } from './durability.ts'
import { benchEditors, printEditorBench } from './editors.ts'
import { benchImportFresh, printImportBench } from './import.ts'
import { pageJsSize } from './js-size.ts'
import { printLighthouse, runLighthouseEverywhere } from './lighthouse.ts'
import { presentTimings } from './present.ts'
import { benchSignInLoad } from './sign-in-load.ts'
import { load, type LoadResult } from './load.ts'
import { benchScale } from './scale.ts'
import { benchWriteCost, printWriteCost } from './write-cost.ts'
import { printExtractEval } from '../extract/eval.ts'
import { runDevSet } from '../extract/run.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const CONNECTIONS = 50
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const EDITOR_SECONDS = Number(process.env.BENCH_EDITOR_SECONDS ?? 30)
const DURABILITY_SECONDS = Number(process.env.BENCH_DURABILITY_SECONDS ?? 5)
const YEAR = 2021
/** The deck of the latest demo year, as at the year-end conference. */
const PRESENT_YEAR = 2024

function start(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(join(root, script), [], { env: { ...process.env, ...env }, stdio: 'inherit' })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)))
    const poll = setInterval(() => void probe(), 100)
    async function probe() {
      try {
        const res = await fetch(`http://127.0.0.1:${env.PORT}/api/health`)
        if (res.status < 500) {
          clearInterval(poll)
          resolve(child)
        }
      } catch {
        /* not listening yet */
      }
    }
  })
}

const ms = (v: number) => `${v.toFixed(2).padStart(6)} ms`
const row = (name: string, r: LoadResult) =>
  `${name.padEnd(36)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   errors ${r.errors}`

// Reading report text (issue 9): quality on the development set, before the servers start.
printExtractEval(runDevSet())

const dir = mkdtempSync(join(tmpdir(), 'ldld-bench-'))
const file = join(dir, 'bench.db')
// Created as the server creates a new database: demo data, demo accounts, public view on (the
// dashboard load below is anonymous).
prepareDatabase(file, undefined, { demo: true }).db.$client.close()

const children: ChildProcess[] = []
try {
  const env = { DATABASE_FILE: file, HOST: '127.0.0.1', LOG_LEVEL: 'warn' }
  children.push(await start('server/src/server.ts', { ...env, PORT: '3201' }))
  children.push(await start('tests/bench/baseline.ts', { ...env, PORT: '3202' }))
  children.push(await start('tests/bench/baseline.ts', { ...env, PORT: '3203', BASELINE_CACHE: '1' }))

  const path = `/api/dashboard?year=${YEAR}`
  console.log(`\nGET ${path}, ${CONNECTIONS} connections, ${SECONDS} s each (after a 2 s warm-up)\n`)
  const ours = await load(`http://127.0.0.1:3201${path}`, CONNECTIONS, SECONDS)
  const plain = await load(`http://127.0.0.1:3202${path}`, CONNECTIONS, SECONDS)
  const plainCached = await load(`http://127.0.0.1:3203${path}`, CONNECTIONS, SECONDS)
  console.log(
    `load generator: ${ours.tool}${ours.tool === 'wrk' ? '' : " (install Debian's wrk for steadier figures)"}\n`,
  )
  console.log(row('Fastify app (cached per revision)', ours))
  console.log(row('node:http + better-sqlite3', plain))
  console.log(row('node:http + better-sqlite3 + cache', plainCached))
  const ratio = ours.requestsPerSecond / plainCached.requestsPerSecond
  console.log(`\nratio app / cached baseline: ${ratio.toFixed(2)} (budget ≥ 0.5)`)
  console.log(
    `ratio app / uncached baseline: ${(ours.requestsPerSecond / plain.requestsPerSecond).toFixed(2)}`,
  )
  console.log(`app p99 at ${CONNECTIONS} connections: ${ours.p99.toFixed(2)} ms (budget ≤ 10 ms)`)

  for (const year of [YEAR, 2026]) {
    const first = await pageJsSize(`http://127.0.0.1:3201/?year=${year}`)
    const all = await pageJsSize(`http://127.0.0.1:3201/?year=${year}`, true)
    console.log(
      `\noverview ${year} JS: first screen ${first.files} files, ${(first.raw / 1024).toFixed(1)} KB raw, ${(first.gzip / 1024).toFixed(1)} KB gzip; scrolled to the end ${all.files} files, ${(all.raw / 1024).toFixed(1)} KB raw, ${(all.gzip / 1024).toFixed(1)} KB gzip (budget ≤ 250 KB)`,
    )
  }

  // Lighthouse on every page (public, then signed in), mobile and desktop: scores, layout shift, JS
  // sent (issue 10 item 7).
  printLighthouse(await runLighthouseEverywhere('http://127.0.0.1:3201'))

  printEditorBench(
    await benchEditors({ baseUrl: 'http://127.0.0.1:3201', dbFile: file, seconds: EDITOR_SECONDS }),
  )

  printDurability(await benchDurability(DURABILITY_SECONDS))

  // Presenter mode (issue 4): time to the first slide, and the slowest slide change while walking.
  const deck = await presentTimings('http://127.0.0.1:3201', PRESENT_YEAR)
  console.log(
    `\npresenter /present?year=${PRESENT_YEAR}: first slide drawn ${deck.firstSlideMs.toFixed(0)} ms after navigation start; ` +
      `slide to slide over ${deck.steps} changes (${deck.slides} slides, forward and back): ` +
      `max ${deck.maxStepMs.toFixed(1)} ms, median ${deck.medianStepMs.toFixed(1)} ms`,
  )

  await benchSignInLoad('http://127.0.0.1:3201', file)

  // Imports (issue 9): 126 units × 12 indicators, time to the preview and to the apply.
  printImportBench(await benchImportFresh())

  // What the kept tables' triggers (level sums, unit states, figure packs) add per figure written.
  printWriteCost(benchWriteCost())
} finally {
  for (const c of children) c.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}

// Scale (issue 8): Hà Nội 2026 and a national-size set, generated here, each on its own servers.
await benchScale(SECONDS)
