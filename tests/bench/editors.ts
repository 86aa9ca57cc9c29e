// `pnpm bench`, write side: 50 district officers saving values at once through real HTTP, each
// GET → PUT with the version read → on 409 re-read and retry. Several officers share a unit, so
// saves contend. Afterwards every unit × indicator in the database must hold the value of the last
// save acknowledged with a 200, and every acknowledged save must be in the history.
import { openDatabase } from '@ldld/db/client'
import { DISTRICT_CODES } from '@ldld/seed'
import { createUser } from '../../server/src/auth/accounts.ts'
import { createPasswordHasher } from '../../server/src/auth/password.ts'
import { createRepositories } from '../../server/src/repositories/index.ts'

const YEAR = 2025
const PASSWORD = 'bench-password'
// Count indicators no cross-check ties together (members ≤ workers, 25plus ≤ new unions), so any
// value an editor writes is a valid save and every refusal would be a bug.
const INDICATORS = ['cla_signed', 'party_referrals', 'welfare_beneficiaries', 'new_members', 'unions_total']

export interface EditorBenchResult {
  editors: number
  seconds: number
  saves: number
  savesPerSecond: number
  p50: number
  p99: number
  conflicts: number
  serverErrors: number
  otherErrors: number
  lostUpdates: number
  missingHistory: number
}

interface Ack {
  unit: string
  indicator: string
  value: number
  /** The report version the save produced: commit order within a unit. */
  version: number
}

/** 50 district accounts across the 30 districts: units 001…021 get two editors, the rest one. */
async function createEditors(
  dbFile: string,
  count: number,
): Promise<Array<{ username: string; unit: string }>> {
  const db = openDatabase(dbFile)
  try {
    const repos = createRepositories(db)
    const hasher = createPasswordHasher()
    const editors = Array.from({ length: count }, (_, i) => ({
      username: `bench${String(i).padStart(2, '0')}`,
      unit: DISTRICT_CODES[i % DISTRICT_CODES.length] ?? '001',
    }))
    for (const e of editors) {
      // As if each officer had chosen it: no first-sign-in change in the way of the benchmark.
      await createUser(
        repos,
        hasher,
        { ...e, displayName: `Bench ${e.username}`, role: 'district', password: PASSWORD },
        { chosenByOwner: true },
      )
    }
    await hasher.close()
    return editors
  } finally {
    db.$client.close()
  }
}

async function signIn(baseUrl: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

export async function benchEditors(options: {
  baseUrl: string
  dbFile: string
  editors?: number
  seconds: number
}): Promise<EditorBenchResult> {
  const { baseUrl, dbFile, seconds } = options
  const editors = await createEditors(dbFile, options.editors ?? 50)
  // One after another: 50 sign-ins at once from one address would meet the sign-in throttle's
  // 20 attempts in flight per address (issue 7 §24); signing in is not what this measures.
  const sessions: Array<Record<string, string>> = []
  for (const e of editors) sessions.push(await signIn(baseUrl, e.username))
  const latencies: number[] = []
  const acks: Ack[] = []
  let conflicts = 0
  let serverErrors = 0
  let otherErrors = 0
  const deadline = performance.now() + seconds * 1000

  async function edit(index: number): Promise<void> {
    const { unit } = editors[index] ?? { unit: '001' }
    const headers = sessions[index] ?? {}
    const url = `${baseUrl}/api/organisations/${unit}/years/${YEAR}/values`
    for (let n = 0; performance.now() < deadline; n += 1) {
      const read = await fetch(url, { headers })
      if (read.status !== 200) {
        if (read.status >= 500) serverErrors += 1
        else otherErrors += 1
        await read.arrayBuffer()
        continue
      }
      const { version } = (await read.json()) as { version: number }
      // Unique per save (editor × counter) and under the count bound, so each save is traceable.
      const value = index * 100_000 + n
      const indicator = INDICATORS[n % INDICATORS.length] ?? 'cla_signed'
      const started = performance.now()
      const res = await fetch(url, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ version, values: [{ indicator, actual: value }] }),
      })
      const elapsed = performance.now() - started
      if (res.status === 200) {
        const report = (await res.json()) as { version: number }
        latencies.push(elapsed)
        acks.push({ unit, indicator, value, version: report.version })
      } else {
        await res.arrayBuffer()
        if (res.status === 409) conflicts += 1
        else if (res.status >= 500) serverErrors += 1
        else otherErrors += 1
      }
    }
  }

  const started = performance.now()
  await Promise.all(editors.map((_, i) => edit(i)))
  const elapsed = (performance.now() - started) / 1000
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    editors: editors.length,
    seconds: elapsed,
    saves: acks.length,
    savesPerSecond: acks.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    conflicts,
    serverErrors,
    otherErrors,
    ...checkAcks(dbFile, acks),
  }
}

/** Compares what the clients were told (200 + value) with what the database holds. */
function checkAcks(dbFile: string, acks: readonly Ack[]): { lostUpdates: number; missingHistory: number } {
  const last = new Map<string, Ack>()
  for (const ack of acks) {
    const key = `${ack.unit}|${ack.indicator}`
    const seen = last.get(key)
    if (!seen || ack.version > seen.version) last.set(key, ack)
  }
  const db = openDatabase(dbFile).$client
  try {
    const stored = db
      .prepare(
        `SELECT f.actual FROM figures f JOIN organisations o ON o.id = f.org_id
         WHERE o.code = ? AND f.indicator_key = ? AND f.year = ?`,
      )
      .pluck()
    const lostUpdates = [...last.values()].filter(
      (a) => stored.get(a.unit, a.indicator, YEAR) !== a.value,
    ).length
    const history = new Set(
      db
        .prepare(
          `SELECT o.code || '|' || h.indicator_key || '|' || h.new_value FROM history h
           JOIN organisations o ON o.id = h.org_id WHERE h.year = ? AND h.field = 'actual'`,
        )
        .pluck()
        .all(YEAR),
    )
    const missingHistory = acks.filter((a) => !history.has(`${a.unit}|${a.indicator}|${a.value}`)).length
    return { lostUpdates, missingHistory }
  } finally {
    db.close()
  }
}

export function printEditorBench(r: EditorBenchResult): void {
  const ms = (v: number) => `${v.toFixed(2)} ms`
  console.log(
    `\n${r.editors} concurrent editors saving values for ${r.seconds.toFixed(1)} s (GET → PUT with version → retry on 409)\n`,
  )
  console.log(
    `saves: ${r.saves} (${r.savesPerSecond.toFixed(0)} saves/s)   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}`,
  )
  console.log(`409 conflicts (re-read and retried): ${r.conflicts}`)
  console.log(`5xx: ${r.serverErrors}   other errors: ${r.otherErrors}`)
  console.log(`lost updates: ${r.lostUpdates}`)
  console.log(`acknowledged saves missing from history: ${r.missingHistory}`)
}
