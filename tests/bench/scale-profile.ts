// Issue 8, scale: where a cold dashboard/ranking of the national file spends its time, in-process.
// Builds (or reuses, with SCALE_PROFILE_DIR) the national data set of scale.ts, then for every
// province: the whole request through app.inject (each URL once, after a new data revision, so each
// misses the cache), wall and CPU time, then its parts: the report built by the repositories and
// builders, the contract check (tests and development only), JSON.stringify and gzip; then the same
// with all 3.321 units under one parent. `node --cpu-prof tests/bench/scale-profile.ts` for a profile.
// Run: `node tests/bench/scale-profile.ts` (SCALE_PROFILE_DIR=/tmp/x keeps the generated files).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { openDatabase } from '@ldld/db/client'
import { dashboardResponseSchema, rankingResponseSchema } from '@ldld/db/contracts'
import { buildApp, bumpDataRevision } from '../../server/src/app.ts'
import { checkBody, LARGE_BODY } from '../../server/src/plugins/response-cache.ts'
import { flatten, nationalDataSet } from './scale.ts'

const dir = process.env.SCALE_PROFILE_DIR ?? mkdtempSync(join(tmpdir(), 'ldld-scale-profile-'))
mkdirSync(dir, { recursive: true })
const file = join(dir, 'national.db')
if (!existsSync(file)) {
  const t0 = performance.now()
  nationalDataSet(dir)
  console.log(`national file built in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}
const flatFile = join(dir, 'national-flat.db')
if (!existsSync(flatFile)) {
  copyFileSync(file, flatFile)
  flatten(flatFile)
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? Number.NaN
}
const fmt = (name: string, xs: number[]) =>
  `  ${name.padEnd(34)} p50 ${q(xs, 0.5).toFixed(2).padStart(7)} ms  p99 ${q(xs, 0.99).toFixed(2).padStart(7)} ms  max ${Math.max(
    ...xs,
  )
    .toFixed(2)
    .padStart(7)} ms`

/** This process's CPU time in ms since `from` (less sensitive than wall time to other jobs' load). */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1000
}

async function profile(path: string, label: string, roots: string[], years: number[], pages = [1]) {
  const db = openDatabase(path)
  // As the production server runs: no contract check before caching (timed apart below).
  const app = await buildApp({ db, checkContracts: false })
  await app.ready()
  const options = { basis: 'latest' as const, reader: null }
  const t = {
    build: [] as number[],
    check: [] as number[],
    encode: [] as number[],
    gzip: [] as number[],
    http: [] as number[],
    httpCpu: [] as number[],
    buildCpu: [] as number[],
    // A big level's first page (it adds the level's totals) apart from its later pages.
    httpFirst: [] as number[],
    httpFirstCpu: [] as number[],
    httpLater: [] as number[],
    httpLaterCpu: [] as number[],
  }
  const r = { build: [] as number[], encode: [] as number[], http: [] as number[], httpCpu: [] as number[] }
  let gz = 0
  let raw = 0
  let rankGz = 0
  console.log(`\n${label}`)
  // A running server has compiled its hot code long before: warm the app up on a few answers that
  // are not counted (the first request of a fresh process takes 3–10 times longer).
  for (let i = 0; i < 5; i += 1) {
    bumpDataRevision(db)
    const unit = roots[i % roots.length] ?? '01'
    const warm = await app.inject({ url: `/api/dashboard?year=${years[0]}&unit=${unit}` })
    if (warm.statusCode !== 200) throw new Error(`${unit}: ${warm.statusCode}`)
    await app.inject({ url: `/api/indicators/new_members/ranking?year=${years[0]}&unit=${unit}` })
  }
  for (const year of years) {
    for (const [unit, page] of roots.flatMap((u) => pages.map((p) => [u, p] as const))) {
      // The whole request first, cold (each URL is asked once; on a first page a new data revision
      // empties the level summaries too, so a big level adds its totals again, and its later pages
      // reuse them, as in use), then its parts in process.
      if (page === 1) bumpDataRevision(db)
      let t0 = performance.now()
      let c0 = process.cpuUsage()
      const res = await app.inject({
        url: `/api/dashboard?year=${year}&unit=${unit}&page=${page}`,
        headers: { 'accept-encoding': 'gzip' },
      })
      t.http.push(performance.now() - t0)
      t.httpCpu.push(cpuSince(c0))
      ;(page === 1 ? t.httpFirst : t.httpLater).push(t.http.at(-1) as number)
      ;(page === 1 ? t.httpFirstCpu : t.httpLaterCpu).push(t.httpCpu.at(-1) as number)
      if (res.statusCode !== 200) throw new Error(`${unit}: ${res.statusCode}`)
      if (page === 1) bumpDataRevision(db)
      t0 = performance.now()
      c0 = process.cpuUsage()
      const board = app.reports.dashboard(year, options, { unit, page })
      if (!board) throw new Error(`no unit ${unit}`)
      t.build.push(performance.now() - t0)
      t.buildCpu.push(cpuSince(c0))
      t0 = performance.now()
      checkBody(dashboardResponseSchema, board)
      t.check.push(performance.now() - t0)
      t0 = performance.now()
      const json = JSON.stringify(board)
      t.encode.push(performance.now() - t0)
      t0 = performance.now()
      const z = gzipSync(json, { level: json.length > LARGE_BODY ? 1 : 6 })
      t.gzip.push(performance.now() - t0)
      gz = Math.max(gz, z.length)
      raw = Math.max(raw, json.length)
      t0 = performance.now()
      const ranking = app.reports.ranking('new_members', year, options, { unit, page })
      r.build.push(performance.now() - t0)
      t0 = performance.now()
      if (typeof ranking === 'string') throw new Error(`no ${ranking}`)
      checkBody(rankingResponseSchema, ranking)
      const rj = JSON.stringify(ranking)
      r.encode.push(performance.now() - t0)
      rankGz = Math.max(rankGz, gzipSync(rj).length)
      t0 = performance.now()
      c0 = process.cpuUsage()
      const rr = await app.inject({
        url: `/api/indicators/new_members/ranking?year=${year}&unit=${unit}&page=${page}`,
        headers: { 'accept-encoding': 'gzip' },
      })
      r.http.push(performance.now() - t0)
      r.httpCpu.push(cpuSince(c0))
      if (rr.statusCode !== 200) throw new Error(`${unit}: ${rr.statusCode}`)
    }
  }
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  console.log(fmt('dashboard build (reports)', t.build))
  console.log(fmt('  the same, CPU time', t.buildCpu))
  console.log(fmt('dashboard contract check (tests, dev)', t.check))
  console.log(fmt('dashboard JSON.stringify', t.encode))
  console.log(fmt('dashboard gzip (as the server)', t.gzip))
  console.log(fmt('dashboard inject, cold', t.http))
  console.log(fmt('  the same, CPU time', t.httpCpu))
  if (pages.length > 1) {
    console.log(fmt('  first pages, cold', t.httpFirst))
    console.log(fmt('    the same, CPU time', t.httpFirstCpu))
    console.log(fmt('  later pages, cold', t.httpLater))
    console.log(fmt('    the same, CPU time', t.httpLaterCpu))
  }
  console.log(`  dashboard largest ${(gz / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw)`)
  console.log(fmt('ranking build (reports)', r.build))
  console.log(fmt('ranking check + stringify', r.encode))
  console.log(fmt('ranking inject, cold', r.http))
  console.log(fmt('  the same, CPU time', r.httpCpu))
  console.log(`  ranking largest ${(rankGz / 1024).toFixed(1)} KB gzip`)
  await app.close()
  db.$client.close()
}

const provinces = ['01', ...Array.from({ length: 33 }, (_, i) => `P${String(i + 2).padStart(2, '0')}`)]
const only = process.env.SCALE_PROFILE_ONLY
if (!only || only === 'national')
  await profile(file, 'national, 34 roots × 2025–2026', provinces, [2025, 2026])
if (!only || only === 'hanoi')
  await profile(
    file,
    'Hà Nội only, 2017–2026',
    ['01'],
    Array.from({ length: 10 }, (_, i) => 2017 + i),
  )
if (!only || only === 'flat')
  await profile(
    flatFile,
    'all 3.321 units under 01, 2024–2026, pages 1, 12, 23',
    ['01'],
    [2024, 2025, 2026],
    [1, 12, 23],
  )
