// `pnpm bench`, write side: 50 district officers (and a city officer setting targets) saving at once
// through real HTTP, as the entry form does: read the report once, then save with the version of the
// last answer (an open form goes stale while others save); on 409 re-read and retry. Two scenarios:
//  - different cells: the two officers of a unit own different indicators and the city sets targets
//    of the same reports, so every save touches a cell nobody else writes (goal: ≥ 99 % succeed);
//  - same cells: the officers of a unit write the same indicators (real collisions: 409 expected).
// Afterwards every cell must hold the value of the last acknowledged save, and every acknowledged
// save must be in the history.
import { openDatabase } from '@ldld/db/client'
import { DISTRICT_CODES } from '@ldld/seed'
import { createUser } from '../../server/src/auth/accounts.ts'
import { createPasswordHasher } from '../../server/src/auth/password.ts'
import { createRepositories } from '../../server/src/repositories/index.ts'

const PASSWORD = 'bench-password'
// Count indicators no cross-check ties together (members ≤ workers, 25plus ≤ new unions), so any
// value an editor writes is a valid save and every refusal other than a conflict would be a bug.
const INDICATORS = ['cla_signed', 'party_referrals', 'welfare_beneficiaries', 'new_members', 'unions_total']
// Targets the city officer sets meanwhile (other cells of the same reports).
const TARGETS = ['new_unions', 'dues', 'union_fee']

type Scenario = 'different' | 'same'

interface Editor {
  username: string
  unit: string
  /** Which of its unit's officers this is (0 or 1): decides its indicators in "different". */
  seat: number
}

export interface ScenarioResult {
  scenario: Scenario
  year: number
  seconds: number
  attempts: number
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

export interface EditorBenchResult {
  editors: number
  scenarios: ScenarioResult[]
}

interface Ack {
  unit: string
  indicator: string
  field: 'actual' | 'target'
  value: number
  /** The report version the save produced: commit order within a unit. */
  version: number
}

/** 50 district accounts across the 30 districts (units 001…021 get two), and one city account. */
async function createEditors(dbFile: string, count: number): Promise<{ editors: Editor[]; city: string }> {
  const db = openDatabase(dbFile)
  try {
    const repos = createRepositories(db)
    const hasher = createPasswordHasher()
    const editors = Array.from({ length: count }, (_, i) => ({
      username: `bench${String(i).padStart(2, '0')}`,
      unit: DISTRICT_CODES[i % DISTRICT_CODES.length] ?? '001',
      seat: Math.floor(i / DISTRICT_CODES.length),
    }))
    for (const e of editors) {
      // As if each officer had chosen it: no first-sign-in change in the way of the benchmark.
      await createUser(
        repos,
        hasher,
        {
          username: e.username,
          unit: e.unit,
          displayName: `Bench ${e.username}`,
          role: 'district',
          password: PASSWORD,
        },
        { chosenByOwner: true },
      )
    }
    const city = 'benchcity'
    await createUser(
      repos,
      hasher,
      { username: city, unit: null, displayName: 'Bench city', role: 'city', password: PASSWORD },
      { chosenByOwner: true },
    )
    await hasher.close()
    return { editors, city }
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

/** What one writer saves on its n-th save: the cell and the field. */
type Plan = (n: number) => { indicator: string; field: 'actual' | 'target' }

interface Writer {
  unit: string
  headers: Record<string, string>
  /** Unique per save (writer × counter) and under the count bound, so each save is traceable. */
  base: number
  plan: Plan
}

async function runScenario(
  baseUrl: string,
  dbFile: string,
  scenario: Scenario,
  year: number,
  writers: Writer[],
  seconds: number,
): Promise<ScenarioResult> {
  const latencies: number[] = []
  const acks: Ack[] = []
  let attempts = 0
  let conflicts = 0
  let serverErrors = 0
  let otherErrors = 0
  const deadline = performance.now() + seconds * 1000

  async function read(url: string, headers: Record<string, string>): Promise<number | null> {
    const res = await fetch(url, { headers })
    if (res.status === 200) return ((await res.json()) as { version: number }).version
    if (res.status >= 500) serverErrors += 1
    else otherErrors += 1
    await res.arrayBuffer()
    return null
  }

  async function write(writer: Writer): Promise<void> {
    const url = `${baseUrl}/api/organisations/${writer.unit}/years/${year}/values`
    let version = await read(url, writer.headers)
    for (let n = 0; performance.now() < deadline; n += 1) {
      if (version === null) {
        version = await read(url, writer.headers)
        continue
      }
      const { indicator, field } = writer.plan(n)
      const value = writer.base + n
      const started = performance.now()
      attempts += 1
      const res = await fetch(url, {
        method: 'PUT',
        headers: writer.headers,
        body: JSON.stringify({ version, values: [{ indicator, [field]: value }] }),
      })
      const elapsed = performance.now() - started
      if (res.status === 200) {
        // The form rebases on the answer: the next save sends this version.
        version = ((await res.json()) as { version: number }).version
        latencies.push(elapsed)
        acks.push({ unit: writer.unit, indicator, field, value, version })
        continue
      }
      await res.arrayBuffer()
      if (res.status === 409) conflicts += 1
      else if (res.status >= 500) serverErrors += 1
      else otherErrors += 1
      version = null // re-read, as the form does after "lấy bản hiện tại"
    }
  }

  const started = performance.now()
  await Promise.all(writers.map((w) => write(w)))
  const elapsed = (performance.now() - started) / 1000
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    scenario,
    year,
    seconds: elapsed,
    attempts,
    saves: acks.length,
    savesPerSecond: acks.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    conflicts,
    serverErrors,
    otherErrors,
    ...checkAcks(dbFile, year, acks),
  }
}

function writersOf(
  scenario: Scenario,
  editors: readonly Editor[],
  sessions: ReadonlyArray<Record<string, string>>,
  city: { unitCodes: string[]; headers: Record<string, string> },
): Writer[] {
  const writers = editors.map((e, i) => {
    // Different: seat 0 writes the even indicators, seat 1 the odd ones. Same: both write the first two.
    const own =
      scenario === 'different' ? INDICATORS.filter((_, k) => k % 2 === e.seat) : INDICATORS.slice(0, 2)
    return {
      unit: e.unit,
      headers: sessions[i] ?? {},
      base: i * 100_000,
      plan: (n: number) => ({ indicator: own[n % own.length] ?? 'cla_signed', field: 'actual' as const }),
    }
  })
  if (scenario === 'same') return writers
  // The city sets targets of the same reports at the same time, one unit after another.
  return [
    ...writers,
    ...city.unitCodes.map((unit, k) => ({
      unit,
      headers: city.headers,
      base: 6_000_000 + k * 10_000,
      plan: (n: number) => ({
        indicator: TARGETS[n % TARGETS.length] ?? 'new_unions',
        field: 'target' as const,
      }),
    })),
  ]
}

export async function benchEditors(options: {
  baseUrl: string
  dbFile: string
  editors?: number
  seconds: number
}): Promise<EditorBenchResult> {
  const { baseUrl, dbFile, seconds } = options
  const { editors, city } = await createEditors(dbFile, options.editors ?? 50)
  // One after another: 50 sign-ins at once from one address would meet the sign-in throttle's
  // 20 attempts in flight per address (issue 7 §24); signing in is not what this measures.
  const sessions: Array<Record<string, string>> = []
  for (const e of editors) sessions.push(await signIn(baseUrl, e.username))
  const cityHeaders = await signIn(baseUrl, city)
  // Five city sessions' worth of target setting on the units with two officers.
  const cityUnits = { unitCodes: DISTRICT_CODES.slice(0, 5), headers: cityHeaders }
  const half = seconds / 2
  const different = await runScenario(
    baseUrl,
    dbFile,
    'different',
    2025,
    writersOf('different', editors, sessions, cityUnits),
    half,
  )
  const same = await runScenario(
    baseUrl,
    dbFile,
    'same',
    2024,
    writersOf('same', editors, sessions, cityUnits),
    half,
  )
  return { editors: editors.length, scenarios: [different, same] }
}

/** Compares what the clients were told (200 + value) with what the database holds. */
function checkAcks(
  dbFile: string,
  year: number,
  acks: readonly Ack[],
): { lostUpdates: number; missingHistory: number } {
  const last = new Map<string, Ack>()
  for (const ack of acks) {
    const key = `${ack.unit}|${ack.indicator}|${ack.field}`
    const seen = last.get(key)
    if (!seen || ack.version > seen.version) last.set(key, ack)
  }
  const db = openDatabase(dbFile).$client
  try {
    const stored = (field: 'actual' | 'target') =>
      db
        .prepare(
          `SELECT f.${field} FROM figures f JOIN organisations o ON o.id = f.org_id
           WHERE o.code = ? AND f.indicator_key = ? AND f.year = ?`,
        )
        .pluck()
    const actual = stored('actual')
    const target = stored('target')
    const lostUpdates = [...last.values()].filter(
      (a) => (a.field === 'actual' ? actual : target).get(a.unit, a.indicator, year) !== a.value,
    ).length
    const history = new Set(
      db
        .prepare(
          `SELECT o.code || '|' || h.indicator_key || '|' || h.field || '|' || h.new_value FROM history h
           JOIN organisations o ON o.id = h.org_id WHERE h.year = ?`,
        )
        .pluck()
        .all(year),
    )
    const missingHistory = acks.filter(
      (a) => !history.has(`${a.unit}|${a.indicator}|${a.field}|${a.value}`),
    ).length
    return { lostUpdates, missingHistory }
  } finally {
    db.close()
  }
}

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)} %`)

export function printEditorBench(r: EditorBenchResult): void {
  const ms = (v: number) => `${v.toFixed(2)} ms`
  console.log(
    `\n${r.editors} concurrent district editors (+ a city officer setting targets in "different cells"), ` +
      'each saving on the version of its last answer; 409 → re-read and retry\n',
  )
  for (const s of r.scenarios) {
    const title = s.scenario === 'different' ? 'different cells' : 'same cells (collisions)'
    console.log(`${title}, ${s.year}, ${s.seconds.toFixed(1)} s:`)
    console.log(
      `  saves that succeeded: ${s.saves} of ${s.attempts} (${share(s.saves, s.attempts)})` +
        (s.scenario === 'different' ? '   goal ≥ 99 %' : ''),
    )
    console.log(`  ${s.savesPerSecond.toFixed(0)} saves/s   p50 ${ms(s.p50)}   p99 ${ms(s.p99)}`)
    console.log(`  409 conflicts: ${s.conflicts}   5xx: ${s.serverErrors}   other errors: ${s.otherErrors}`)
    console.log(
      `  lost updates: ${s.lostUpdates}   acknowledged saves missing from history: ${s.missingHistory}`,
    )
  }
}
