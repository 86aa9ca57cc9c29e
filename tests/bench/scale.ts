// Issue 8, scale: two data sets generated here (never shipped in the demo), each served by the real
// server and by the plain node:http + better-sqlite3 baseline running the same builders:
// - Hà Nội 2026: the city and its 126 commune-level units (the real reference list), all 12
//   indicators, 2016–2026;
// - national: 34 province-level roots, 3.321 commune-level units (Hà Nội's 126 and 3.195 synthetic
//   ones under 33 other roots), 30 indicators, 10 years (2017–2026): about a million figures;
// plus the same national file with all 3.321 units put under one parent (the degenerate level).
// Printed: dashboard and ranking p50/p99 at 50 connections (served from the per-revision cache, as in
// use) against the baseline; every level's dashboard and ranking built cold (each URL asked once, so
// each request misses the cache) p50/p99/max and gzip size; the same cold requests at 50 connections;
// and the overview's time to fully drawn in Chromium; for the degenerate level, its first pages and
// its later pages cold, apart. Run alone: `pnpm bench:scale`.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { migrateDatabase, openDatabase } from '@ldld/db/client'
import { withoutLevelTriggers } from '@ldld/db/level-counts'
import { INDICATORS, readCommunes, mulberry32 } from '@ldld/seed'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'
import { load, loadWithScript, type LoadResult } from './load.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const CONNECTIONS = 50
const PROVINCES = 34
const NATIONAL_UNITS = 3321
const NATIONAL_INDICATORS = 30
const YEAR = 2026

interface UnitSpec {
  code: string
  name: string
  kind: 'ward' | 'commune'
  adminType: 'phuong' | 'xa'
}

interface DataSet {
  name: string
  file: string
  /** Level roots: every dashboard a user can open with children. */
  roots: string[]
  years: number[]
  indicators: string[]
  units: number
  figures: number
}

/** Writes a data set into a new migrated file: units, indicators, one illustrative source, figures, 2026 reports. */
function buildDataSet(
  file: string,
  name: string,
  provinces: Array<{ code: string; name: string; units: UnitSpec[] }>,
  years: number[],
  indicatorCount: number,
): DataSet {
  const db = openDatabase(file)
  migrateDatabase(db)
  const sql = db.$client
  sql.pragma('synchronous = OFF')
  const rand = mulberry32(20261201)
  let figures = 0
  let units = 0
  const indicators = [...INDICATORS].map((i) => ({ ...i }))
  for (let n = indicators.length + 1; n <= indicatorCount; n += 1) {
    const k = String(n).padStart(2, '0')
    indicators.push({
      key: `extra_${k}`,
      nameVi: `Chỉ tiêu thử tải ${k}`,
      shortNameVi: `Thử tải ${k}`,
      nameEn: `Load test ${k}`,
      unitKind: 'count',
      unitLabel: 'lượt',
      measure: n % 5 === 0 ? 'stock' : 'flow',
      takesTarget: n % 2 === 0,
      higherIsBetter: true,
      headline: false,
      firstYear: null,
      lastYear: null,
      sortOrder: 100 + n,
    })
  }
  // A million rows: the level counts (level_sums, level_units) are refilled once at the end instead
  // of by a trigger per row.
  withoutLevelTriggers(sql, () =>
    sql.transaction(() => {
      const ind = sql.prepare(
        `INSERT INTO indicators (key, name_vi, short_name_vi, name_en, unit_kind, unit_label, measure, takes_target,
         higher_is_better, headline, first_year, last_year, sort_order) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      for (const i of indicators) {
        ind.run(
          i.key,
          i.nameVi,
          i.shortNameVi,
          i.nameEn,
          i.unitKind,
          i.unitLabel,
          i.measure,
          i.takesTarget ? 1 : 0,
          i.higherIsBetter ? 1 : 0,
          i.headline ? 1 : 0,
          i.firstYear,
          i.lastYear,
          i.sortOrder,
        )
      }
      const source = sql
        .prepare(
          `INSERT INTO sources (slug, kind, title) VALUES ('illustrative', 'illustrative', 'Dữ liệu thử tải (sinh tự động)')`,
        )
        .run().lastInsertRowid
      const org = sql.prepare(
        `INSERT INTO organisations (code, name, full_name, kind, admin_type, parent_id, valid_from, valid_to, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      )
      const fig = sql.prepare(
        `INSERT INTO figures (org_id, indicator_key, year, actual, target, illustrative, source_id, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, '2026-11-28T00:00:00.000Z')`,
      )
      const report = sql.prepare(
        `INSERT INTO reports (org_id, year, status, version, updated_at) VALUES (?, ?, ?, 1, '2026-11-28T00:00:00.000Z')`,
      )
      const first = `${years[0] ?? YEAR}-01-01`
      let order = 0
      for (const p of provinces) {
        const parent = org.run(
          p.code,
          p.name,
          `LĐLĐ ${p.name}`,
          'city',
          null,
          null,
          '2008-08-01',
          (order += 1),
        ).lastInsertRowid
        for (const u of p.units) {
          const id = org.run(
            u.code,
            u.name,
            `Công đoàn ${u.kind === 'ward' ? 'phường' : 'xã'} ${u.name}`,
            u.kind,
            u.adminType,
            parent,
            first,
            (order += 1),
          ).lastInsertRowid
          units += 1
          const size = 0.5 + rand() * 2
          for (const year of years) {
            for (const i of indicators) {
              if (i.firstYear !== null && i.firstYear > year) continue
              const base = Math.round((i.unitKind === 'money' ? 2e8 : 120) * size)
              const target = i.takesTarget ? Math.round(base * (0.9 + rand() * 0.2)) : null
              fig.run(id, i.key, year, Math.round(base * (0.7 + rand() * 0.6)), target, source)
              figures += 1
            }
          }
          // The year in progress: most units have a report in some state, some none yet.
          const r = rand()
          if (r < 0.85) report.run(id, YEAR, r < 0.45 ? 'accepted' : r < 0.65 ? 'submitted' : 'draft')
        }
      }
      sql.prepare(`INSERT INTO settings (key, value) VALUES ('public_read', 'true')`).run()
      // One account, so the server takes the file for a database in use (no one can sign in with it).
      sql
        .prepare(
          `INSERT INTO users (username, display_name, role, password_hash, created_at)
         VALUES ('bench', 'Thử tải', 'viewer', '!', '2026-11-28T00:00:00.000Z')`,
        )
        .run()
    })(),
  )
  sql.pragma('synchronous = FULL')
  sql.close()
  return {
    name,
    file,
    roots: provinces.map((p) => p.code),
    years,
    indicators: indicators.map((i) => i.key),
    units,
    figures,
  }
}

function hanoiUnits(): UnitSpec[] {
  return readCommunes().map((c) => ({
    code: c.code,
    name: c.name,
    kind: c.adminType === 'phuong' ? 'ward' : 'commune',
    adminType: c.adminType,
  }))
}

export function hanoiDataSet(dir: string): DataSet {
  const years = Array.from({ length: 11 }, (_, i) => 2016 + i)
  return buildDataSet(
    join(dir, 'hanoi.db'),
    'Hà Nội 2026 (126 đơn vị, 12 chỉ tiêu, 2016–2026)',
    [{ code: '01', name: 'Hà Nội', units: hanoiUnits() }],
    years,
    INDICATORS.length,
  )
}

export function nationalDataSet(dir: string): DataSet {
  const hanoi = hanoiUnits()
  const others = NATIONAL_UNITS - hanoi.length
  const provinces = [{ code: '01', name: 'Hà Nội', units: hanoi }]
  let made = 0
  for (let p = 2; p <= PROVINCES; p += 1) {
    const count = Math.round((others * (p - 1)) / (PROVINCES - 1)) - made
    const code = `P${String(p).padStart(2, '0')}`
    provinces.push({
      code,
      name: `Tỉnh thử tải ${p}`,
      units: Array.from({ length: count }, (_, i) => ({
        code: `${code}-${String(i + 1).padStart(3, '0')}`,
        name: `Xã ${p}.${i + 1}`,
        kind: i % 3 === 0 ? 'ward' : 'commune',
        adminType: i % 3 === 0 ? 'phuong' : 'xa',
      })),
    })
    made += count
  }
  return buildDataSet(
    join(dir, 'national.db'),
    `toàn quốc (${PROVINCES} tỉnh, ${NATIONAL_UNITS} đơn vị cấp xã, ${NATIONAL_INDICATORS} chỉ tiêu, 10 năm)`,
    provinces,
    Array.from({ length: 10 }, (_, i) => 2017 + i),
    NATIONAL_INDICATORS,
  )
}

/** Puts every commune-level unit of the national file under Hà Nội: 3.321 children of one parent. */
export function flatten(file: string): void {
  const db = openDatabase(file)
  withoutLevelTriggers(db.$client, () =>
    db.$client
      .prepare(
        `UPDATE organisations SET parent_id = (SELECT id FROM organisations WHERE code = '01') WHERE parent_id IS NOT NULL`,
      )
      .run(),
  )
  db.$client.close()
}

function start(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(join(root, script), [], { env: { ...process.env, ...env }, stdio: 'inherit' })
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => void probe(), 100)
    const fail = (error: Error) => {
      clearInterval(poll)
      reject(error)
    }
    child.once('error', fail)
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code}`)))
    async function probe() {
      try {
        const res = await fetch(`http://127.0.0.1:${env.PORT}/api/health`)
        if (res.status < 500 || script.includes('baseline')) {
          clearInterval(poll)
          resolve(child)
        }
      } catch {
        /* not listening yet */
      }
    }
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  child.removeAllListeners('exit')
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN

export interface ColdFigures {
  requests: number
  p50: number
  p99: number
  max: number
  /** Largest answer as sent with gzip, and its size unpacked. */
  maxGzip: number
  maxRaw: number
}

/** One GET with gzip accepted, over a kept-alive connection: time to the last byte, bytes as sent and unpacked. */
function timedGet(
  agent: Agent,
  url: string,
): Promise<{ ms: number; sent: number; raw: number; status: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const req = request(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const ms = performance.now() - t0
        const body = Buffer.concat(chunks)
        const raw = res.headers['content-encoding'] === 'gzip' ? gunzipSync(body).length : body.length
        resolve({ ms, sent: body.length, raw, status: res.statusCode ?? 0 })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** Each path once, in turn (each a different cache key, so each a miss). */
async function cold(base: string, paths: readonly string[]): Promise<ColdFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const times: number[] = []
  let maxGzip = 0
  let maxRaw = 0
  try {
    for (const path of paths) {
      const r = await timedGet(agent, `${base}${path}`)
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`)
      times.push(r.ms)
      maxGzip = Math.max(maxGzip, r.sent)
      maxRaw = Math.max(maxRaw, r.raw)
    }
  } finally {
    agent.destroy()
  }
  times.sort((a, b) => a - b)
  return {
    requests: times.length,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: times.at(-1) ?? Number.NaN,
    maxGzip,
    maxRaw,
  }
}

/** The overview in Chromium: from navigation start to the last change of the page before it settles. */
async function overviewDrawn(base: string, year: number): Promise<number> {
  const executablePath = findChromium()
  if (!executablePath) return Number.NaN
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.addInitScript(() => {
      const w = window as unknown as { __lastChange: number }
      w.__lastChange = 0
      new MutationObserver(() => {
        w.__lastChange = performance.now()
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
    })
    await page.goto(`${base}/?year=${year}`, { waitUntil: 'networkidle' })
    // Settled: no change to the page for 1 s after the network went quiet.
    let last = -1
    for (let i = 0; i < 60; i += 1) {
      const now = await page.evaluate(() => (window as unknown as { __lastChange: number }).__lastChange)
      if (now === last) break
      last = now
      await page.waitForTimeout(1000)
    }
    return last
  } finally {
    await browser.close()
  }
}

function cyclingScript(dir: string, name: string, paths: readonly string[]): string {
  const file = join(dir, `${name}.lua`)
  writeFileSync(
    file,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}\n` +
      'local i = 0\n' +
      'request = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n',
  )
  return file
}

export interface ScaleResult {
  set: DataSet
  buildSeconds: number
  cached: Record<'dashboard' | 'ranking', { app: LoadResult; plain: LoadResult; plainCached: LoadResult }>
  cold: Record<'dashboard' | 'ranking', ColdFigures>
  coldLoaded: Record<'dashboard' | 'ranking', LoadResult | undefined>
  flat?: Record<'dashboard' | 'ranking', { first: ColdFigures; later: ColdFigures }>
  overviewMs: number
}

async function measure(
  set: DataSet,
  dir: string,
  ports: [number, number, number],
  seconds: number,
): Promise<Omit<ScaleResult, 'buildSeconds'>> {
  const env = { DATABASE_FILE: set.file, HOST: '127.0.0.1', LOG_LEVEL: 'warn' }
  const [appPort, plainPort, cachedPort] = ports
  const children: ChildProcess[] = []
  try {
    // One at a time into the list, so a failed start still stops those already running.
    children.push(await start('server/src/server.ts', { ...env, PORT: String(appPort) }))
    children.push(await start('tests/bench/baseline.ts', { ...env, PORT: String(plainPort) }))
    children.push(
      await start('tests/bench/baseline.ts', { ...env, PORT: String(cachedPort), BASELINE_CACHE: '1' }),
    )
    const app = `http://127.0.0.1:${appPort}`
    const paths = {
      dashboard: `/api/dashboard?year=${YEAR}`,
      ranking: `/api/indicators/new_members/ranking?year=${YEAR}`,
    }
    const cached = {} as ScaleResult['cached']
    for (const key of ['dashboard', 'ranking'] as const) {
      cached[key] = {
        app: await load(`${app}${paths[key]}`, CONNECTIONS, seconds),
        plain: await load(`http://127.0.0.1:${plainPort}${paths[key]}`, CONNECTIONS, seconds),
        plainCached: await load(`http://127.0.0.1:${cachedPort}${paths[key]}`, CONNECTIONS, seconds),
      }
    }
    // Cold: every root × year × basis (× a few page sizes for the one-root set), each asked once.
    const variants =
      set.roots.length > 1 ? [''] : ['', '&limit=140', '&limit=130', '&limit=127', '&limit=200']
    const coldPaths = (path: (root: string, year: number) => string) =>
      set.roots.flatMap((r) =>
        set.years.flatMap((y) =>
          ['latest', 'accepted'].flatMap((d) => variants.map((v) => `${path(r, y)}&data=${d}${v}`)),
        ),
      )
    const dashboards = coldPaths((r, y) => `/api/dashboard?year=${y}&unit=${r}`)
    const rankings = coldPaths(
      (r, y) =>
        `/api/indicators/${set.indicators[(y + r.length) % set.indicators.length] ?? 'new_members'}/ranking?year=${y}&unit=${r}`,
    )
    const coldFigures = {
      dashboard: await cold(app, dashboards),
      ranking: await cold(app, rankings),
    }
    // The same cold requests under 50 connections: more distinct URLs than the cache holds (500),
    // asked in turn, so every one misses.
    // (A path that already names a limit gets another one instead of a second `limit`, which is a 400.)
    const many = (list: string[]) => {
      const out = new Set(list)
      for (let k = 1; out.size <= 520; k += 1) {
        for (const p of list) {
          out.add(
            p.includes('&limit=') ? p.replace(/&limit=\d+/, `&limit=${300 + k}`) : `${p}&limit=${300 + k}`,
          )
        }
      }
      return [...out]
    }
    const coldLoaded = {
      dashboard: await loadWithScript(
        app,
        CONNECTIONS,
        seconds,
        cyclingScript(dir, 'dash', many(dashboards)),
      ),
      ranking: await loadWithScript(app, CONNECTIONS, seconds, cyclingScript(dir, 'rank', many(rankings))),
    }
    const overviewMs = await overviewDrawn(app, YEAR)
    return { set, cached, cold: coldFigures, coldLoaded, overviewMs }
  } finally {
    for (const c of children) await stop(c)
  }
}

async function measureFlat(set: DataSet, port: number): Promise<ScaleResult['flat']> {
  flatten(set.file)
  const child = await start('server/src/server.ts', {
    DATABASE_FILE: set.file,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PORT: String(port),
  })
  try {
    const app = `http://127.0.0.1:${port}`
    // A running server has compiled its code and read the level's children long before: warm it up
    // on answers not measured (another year, another page size), as the other sets are warmed up
    // by their 50-connection runs.
    const warm = set.years[0] ?? 2017
    await cold(app, [
      `/api/dashboard?year=${warm}&limit=149`,
      `/api/dashboard?year=${warm}&limit=149&page=2`,
      `/api/indicators/new_members/ranking?year=${warm}&limit=149`,
      `/api/indicators/new_members/ranking?year=${warm}&limit=149&page=2`,
    ])
    // Each year × basis's first page (it adds the level's totals, or scores every child) apart from
    // its later pages, which reuse what the first worked out for the data revision, as in use.
    const years = set.years.slice(-3)
    const asked = (path: (year: number) => string, pages: readonly number[]) =>
      years.flatMap((y) =>
        ['latest', 'accepted'].flatMap((d) => pages.map((p) => `${path(y)}&data=${d}&page=${p}`)),
      )
    const dashboard = (y: number) => `/api/dashboard?year=${y}`
    const ranking = (y: number) => `/api/indicators/new_members/ranking?year=${y}`
    return {
      dashboard: {
        first: await cold(app, asked(dashboard, [1])),
        later: await cold(app, asked(dashboard, [12, 23])),
      },
      ranking: {
        first: await cold(app, asked(ranking, [1])),
        later: await cold(app, asked(ranking, [12, 23])),
      },
    }
  } finally {
    await stop(child)
  }
}

/** Builds and measures both data sets, printing each as soon as it is measured. */
export async function benchScale(seconds = Number(process.env.BENCH_SECONDS ?? 10)): Promise<ScaleResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ldld-scale-'))
  try {
    console.log('\nScale (issue 8): generated data sets, not shipped')
    const results: ScaleResult[] = []
    let t0 = performance.now()
    const hanoi = hanoiDataSet(dir)
    let buildSeconds = (performance.now() - t0) / 1000
    results.push({ ...(await measure(hanoi, dir, [3221, 3222, 3223], seconds)), buildSeconds })
    printScaleResult(results[0] as ScaleResult)
    t0 = performance.now()
    const national = nationalDataSet(dir)
    buildSeconds = (performance.now() - t0) / 1000
    const measured = await measure(national, dir, [3224, 3225, 3226], seconds)
    const result: ScaleResult = { ...measured, buildSeconds }
    printScaleResult(result)
    result.flat = await measureFlat(national, 3227)
    printFlat(result)
    results.push(result)
    return results
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const ms = (v: number) => `${v.toFixed(2).padStart(7)} ms`
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`
const loadRow = (name: string, r: LoadResult) =>
  `    ${name.padEnd(38)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   errors ${r.errors}`
const coldRow = (name: string, c: ColdFigures) =>
  `    ${name.padEnd(38)} ${String(c.requests).padStart(5)} req   p50 ${ms(c.p50)}   p99 ${ms(c.p99)}   max ${ms(c.max)}   largest ${kb(c.maxGzip)} gzip (${kb(c.maxRaw)} raw)`

function printFlat(r: ScaleResult): void {
  if (!r.flat) return
  console.log(
    `  the same file with all ${r.set.units} units under one parent (pages of 150; 3 years × both bases, each URL once):`,
  )
  console.log(coldRow('dashboard first page, cold', r.flat.dashboard.first))
  console.log(coldRow('dashboard later pages, cold', r.flat.dashboard.later))
  console.log(coldRow('ranking first page, cold', r.flat.ranking.first))
  console.log(coldRow('ranking later pages, cold', r.flat.ranking.later))
}

function printScaleResult(r: ScaleResult): void {
  {
    console.log(
      `\n  ${r.set.name}: ${r.set.units} units, ${r.set.figures.toLocaleString('vi-VN')} figures (built in ${r.buildSeconds.toFixed(1)} s)`,
    )
    for (const key of ['dashboard', 'ranking'] as const) {
      const c = r.cached[key]
      console.log(
        `  ${key} of Hà Nội ${YEAR}, ${CONNECTIONS} connections (cached per data revision, as served):`,
      )
      console.log(loadRow('Fastify app', c.app))
      console.log(loadRow('node:http + better-sqlite3 (uncached)', c.plain))
      console.log(loadRow('node:http + better-sqlite3 + cache', c.plainCached))
      console.log(
        `    ratio app / cached baseline ${(c.app.requestsPerSecond / c.plainCached.requestsPerSecond).toFixed(2)}, ` +
          `app / uncached baseline ${(c.app.requestsPerSecond / c.plain.requestsPerSecond).toFixed(2)}`,
      )
    }
    console.log(
      `  every level's ${r.set.roots.length > 1 ? `(${r.set.roots.length} roots) ` : ''}answers built cold, one at a time (budget p99 ≤ 20 ms, ≤ 200 KB gzip):`,
    )
    console.log(coldRow('dashboard', r.cold.dashboard))
    console.log(coldRow('ranking', r.cold.ranking))
    for (const key of ['dashboard', 'ranking'] as const) {
      const l = r.coldLoaded[key]
      if (l) console.log(loadRow(`${key} cold, ${CONNECTIONS} connections`, l))
    }
    console.log(
      `  overview /?year=${YEAR} in Chromium, fully drawn: ${r.overviewMs.toFixed(0)} ms after navigation start`,
    )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchScale()
}
