// `pnpm bench`, durability: what synchronous=FULL (every acknowledged save is on disk before the
// answer, so it survives a power cut) costs against NORMAL (the last saves may be lost). The same
// save loop runs against the app on each setting: 8 editors, each on its own unit, GET → PUT.
import { fork } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '@ldld/db/client'
import { prepareDatabase } from '@ldld/server/database'

const root = fileURLToPath(new URL('../..', import.meta.url))
const EDITORS = ['001', '002', '003', '004', '005', '006', '007', '008']
const INDICATORS = ['cla_signed', 'party_referrals', 'welfare_beneficiaries', 'new_members']

type Synchronous = 'NORMAL' | 'FULL'

export interface SaveFigures {
  synchronous: Synchronous
  saves: number
  savesPerSecond: number
  p50: number
  p99: number
  /** One small committed transaction on the database alone (no HTTP): where the fsync shows. */
  commitP50: number
  commitP99: number
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

async function saveLoop(baseUrl: string, seconds: number) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
  })
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const headers = {
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    'x-csrf-token': csrfToken,
    'content-type': 'application/json',
  }
  const latencies: number[] = []
  const deadline = performance.now() + seconds * 1000
  await Promise.all(
    EDITORS.map(async (unit) => {
      const url = `${baseUrl}/api/organisations/${unit}/years/2025/values`
      for (let n = 0; performance.now() < deadline; n += 1) {
        const { version } = (await (await fetch(url, { headers })).json()) as { version: number }
        const started = performance.now()
        const res = await fetch(url, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ version, values: [{ indicator: INDICATORS[n % 4], actual: 1000 + n }] }),
        })
        await res.arrayBuffer()
        if (res.status === 200) latencies.push(performance.now() - started)
      }
    }),
  )
  return latencies.sort((a, b) => a - b)
}

/** `count` one-row transactions, each committed on its own as a save is. */
function commitTimings(file: string, synchronous: Synchronous, count = 400): number[] {
  const db = openDatabase(file, { synchronous })
  try {
    const update = db.$client.prepare('UPDATE figures SET note = ? WHERE id = (SELECT min(id) FROM figures)')
    const timings: number[] = []
    for (let i = 0; i < count; i += 1) {
      const started = performance.now()
      db.$client.transaction(() => update.run(`ghi chú ${i}`)).immediate()
      timings.push(performance.now() - started)
    }
    return timings.sort((a, b) => a - b)
  } finally {
    db.$client.close()
  }
}

async function measure(synchronous: Synchronous, seconds: number, port: number): Promise<SaveFigures> {
  // On the repository's disk, not a tmpfs where fsync costs nothing.
  const dir = join(root, 'test-results', `bench-durability-${synchronous}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'ldld.db')
  prepareDatabase(file, undefined, { demo: true }).db.$client.close()
  const env = { ...process.env, DATABASE_FILE: file, PORT: String(port), SYNCHRONOUS: synchronous }
  const child = fork(join(root, 'tests/bench/durability-server.ts'), [], { env, stdio: 'inherit' })
  try {
    for (let i = 0; i < 200; i += 1) {
      const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        () => true,
        () => false,
      )
      if (up) break
      await new Promise((r) => setTimeout(r, 100))
    }
    const sorted = await saveLoop(`http://127.0.0.1:${port}`, seconds)
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    const commits = commitTimings(file, synchronous)
    return {
      synchronous,
      saves: sorted.length,
      savesPerSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      commitP50: percentile(commits, 50),
      commitP99: percentile(commits, 99),
    }
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Median of each figure over the rounds. */
function medianOf(runs: SaveFigures[]): SaveFigures {
  const mid = <K extends keyof SaveFigures>(key: K) =>
    percentile(
      runs.map((r) => Number(r[key])).sort((a, b) => a - b),
      50,
    )
  const first = runs[0]
  if (!first) throw new Error('no runs')
  return {
    synchronous: first.synchronous,
    saves: mid('saves'),
    savesPerSecond: mid('savesPerSecond'),
    p50: mid('p50'),
    p99: mid('p99'),
    commitP50: mid('commitP50'),
    commitP99: mid('commitP99'),
  }
}

/** NORMAL and FULL alternate over `rounds`, so a neighbour's load on the machine hits both alike. */
export async function benchDurability(seconds: number, rounds = 3, port = 3204): Promise<SaveFigures[]> {
  const runs: Record<Synchronous, SaveFigures[]> = { NORMAL: [], FULL: [] }
  for (let i = 0; i < rounds; i += 1) {
    for (const mode of ['NORMAL', 'FULL'] as const) runs[mode].push(await measure(mode, seconds, port))
  }
  return [medianOf(runs.NORMAL), medianOf(runs.FULL)]
}

export function printDurability([normal, full]: SaveFigures[]): void {
  if (!normal || !full) return
  const ms = (v: number) => `${v.toFixed(2).padStart(6)} ms`
  const row = (f: SaveFigures) =>
    `synchronous=${f.synchronous.padEnd(6)} ${f.savesPerSecond.toFixed(0).padStart(6)} saves/s   ` +
    `save p50 ${ms(f.p50)}  p99 ${ms(f.p99)}   commit p50 ${ms(f.commitP50)}  p99 ${ms(f.commitP99)}`
  console.log(
    `\ndurability: ${EDITORS.length} editors saving one value at a time over HTTP, each on its own unit ` +
      '(median of 3 alternating rounds), and 400 one-row commits on the database alone',
  )
  console.log(row(normal))
  console.log(row(full))
  console.log(
    `cost of FULL (an acknowledged save survives a power cut): commit +${(full.commitP50 - normal.commitP50).toFixed(2)} ms ` +
      `at the median; saves/s ${((full.savesPerSecond / normal.savesPerSecond - 1) * 100).toFixed(0)}%, ` +
      `median save ${((full.p50 / normal.p50 - 1) * 100).toFixed(0)}%`,
  )
}
