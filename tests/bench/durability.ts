// `pnpm bench`, durability: what synchronous=FULL (every acknowledged save is on disk before the
// answer, so it survives a power cut) costs against NORMAL (the last saves may be lost). The same
// save loop runs against the app on each setting: 8 editors, each on its own unit, GET → PUT.
import { fork } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareDatabase } from '@ldld/server/database'

const root = fileURLToPath(new URL('../..', import.meta.url))
const EDITORS = ['001', '002', '003', '004', '005', '006', '007', '008']
const INDICATORS = ['cla_signed', 'party_referrals', 'welfare_beneficiaries', 'new_members']

export interface SaveFigures {
  synchronous: 'NORMAL' | 'FULL'
  saves: number
  savesPerSecond: number
  p50: number
  p99: number
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

async function measure(synchronous: 'NORMAL' | 'FULL', seconds: number, port: number): Promise<SaveFigures> {
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
    return {
      synchronous,
      saves: sorted.length,
      savesPerSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchDurability(seconds: number, port = 3204): Promise<SaveFigures[]> {
  return [await measure('NORMAL', seconds, port), await measure('FULL', seconds, port)]
}

export function printDurability([normal, full]: SaveFigures[]): void {
  if (!normal || !full) return
  const row = (f: SaveFigures) =>
    `synchronous=${f.synchronous.padEnd(6)} ${f.savesPerSecond.toFixed(0).padStart(6)} saves/s   ` +
    `p50 ${f.p50.toFixed(2).padStart(6)} ms   p99 ${f.p99.toFixed(2).padStart(6)} ms   (${f.saves} saves)`
  console.log(`\ndurability: ${EDITORS.length} editors saving one value at a time, each on its own unit`)
  console.log(row(normal))
  console.log(row(full))
  const cost = (full.p50 / normal.p50 - 1) * 100
  const throughput = (1 - full.savesPerSecond / normal.savesPerSecond) * 100
  console.log(
    `cost of FULL (an acknowledged save survives a power cut): ${cost.toFixed(0)}% on the median save, ` +
      `${throughput.toFixed(0)}% fewer saves/s`,
  )
}
