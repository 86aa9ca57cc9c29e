// A second server for the browser tests of a year in progress: its own port and demo database, so
// the 2025 reports these tests enter (12 of 30 units, 2 accepted) never change what other specs see.
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { request, type APIRequestContext } from '@playwright/test'
import { prepareDatabase } from '@ldld/server/database'

const root = fileURLToPath(new URL('../..', import.meta.url))
export const PROGRESS_PORT = Number(process.env.E2E_PORT ?? 3111) + 1
export const PROGRESS_URL = `http://127.0.0.1:${PROGRESS_PORT}`
const DATABASE_FILE = `${root}test-results/e2e-progress.db`

/** The 12 units that have reported 2025; the first two are accepted, the third is submitted. */
export const REPORTING = ['001', '002', '003', '004', '005', '006', '007', '008', '009', '016', '017', '018']
export const DRAFT_NOTE = 'Ghi chú nháp: chờ xác minh với 3 công đoàn cơ sở'

async function waitForHealth(deadline: number): Promise<void> {
  for (;;) {
    try {
      const res = await fetch(`${PROGRESS_URL}/api/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${PROGRESS_URL} did not start`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * The demo database as it stood before the 2025 reorganisation reached it: the 30 districts, their
 * history to 2024, and nothing of 2025 or later (no unions, no figures, no reports). These specs walk
 * a year from its first report on, with districts and a map, and must not depend on the demo's
 * illustrative union list.
 */
function buildPreReorganisationDemo(): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(DATABASE_FILE + suffix, { force: true })
  const { db } = prepareDatabase(DATABASE_FILE, () => {}, { demo: true })
  const sql = db.$client
  try {
    const later = `(SELECT id FROM organisations WHERE valid_from >= '2025-07-01')`
    sql.transaction(() => {
      sql.prepare('DELETE FROM figures WHERE year >= 2025').run()
      sql.prepare('DELETE FROM reports WHERE year >= 2025').run()
      sql
        .prepare(`DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE org_id IN ${later})`)
        .run()
      sql.prepare(`DELETE FROM users WHERE org_id IN ${later}`).run()
      sql.prepare('DELETE FROM organisation_predecessors').run()
      sql.prepare(`DELETE FROM organisations WHERE valid_from >= '2025-07-01'`).run()
    })()
  } finally {
    sql.close()
  }
}

export async function startProgressServer(): Promise<{ stop(): Promise<void> }> {
  buildPreReorganisationDemo()
  const child: ChildProcess = spawn(process.execPath, ['tests/e2e/serve.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PROGRESS_PORT),
      HOST: '127.0.0.1',
      DATABASE_FILE,
      DEMO: 'true',
      E2E_KEEP_DATABASE: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  })
  await waitForHealth(Date.now() + 30_000)
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

async function signedIn(username: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL: PROGRESS_URL })
  const res = await anonymous.post('/api/auth/login', { data: { username, password: 'demo1234' } })
  if (!res.ok()) throw new Error(`sign-in ${username}: ${res.status()}`)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  const state = await anonymous.storageState()
  await anonymous.dispose()
  return request.newContext({
    baseURL: PROGRESS_URL,
    storageState: state,
    extraHTTPHeaders: { 'x-csrf-token': csrfToken },
  })
}

async function ok(res: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<unknown> {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`)
  return res.json()
}

async function saveTargets(city: APIRequestContext, year: number, units: 'all' | string[]) {
  const grid = (await ok(await city.get(`/api/targets/${year}`), 'targets')) as {
    units: { code: string }[]
    reports: Record<string, { version: number }>
  }
  const versions = Object.fromEntries(Object.entries(grid.reports).map(([code, r]) => [code, r.version]))
  const codes = units === 'all' ? grid.units.map((u) => u.code) : units
  const values = codes.flatMap((unit) => [
    { unit, indicator: 'new_members', target: 1000 },
    { unit, indicator: 'new_unions', target: 10 },
  ])
  await ok(await city.put(`/api/targets/${year}`, { data: { versions, values } }), `PUT targets ${year}`)
}

async function version(ctx: APIRequestContext, unit: string, year: number): Promise<number> {
  const report = (await ok(await ctx.get(`/api/organisations/${unit}/years/${year}/values`), 'report')) as {
    version: number
  }
  return report.version
}

/**
 * 2025 as the city sees it in December: targets for all 30 units, figures from 12 (as drafts, one
 * with a draft note), two of them accepted and one submitted; and 2027's targets set (a plan year).
 */
export async function prepareYearInProgress(): Promise<void> {
  const city = await signedIn('city')
  const admin = await signedIn('admin')
  await saveTargets(city, 2025, 'all')
  await saveTargets(city, 2027, ['01'])
  for (const unit of REPORTING) {
    const note = unit === '003' ? DRAFT_NOTE : 'Số liệu năm 2025 (thử nghiệm)'
    const values = [
      { indicator: 'new_members', actual: 1100, note },
      { indicator: 'new_unions', actual: 12, note },
    ]
    const path = `/api/organisations/${unit}/years/2025`
    await ok(
      await admin.put(`${path}/values`, { data: { version: await version(admin, unit, 2025), values } }),
      unit,
    )
  }
  for (const unit of REPORTING.slice(0, 3)) {
    const path = `/api/organisations/${unit}/years/2025`
    await ok(
      await admin.post(`${path}/submit`, { data: { version: await version(admin, unit, 2025) } }),
      'submit',
    )
    if (unit === '003') continue
    await ok(
      await city.post(`${path}/accept`, { data: { version: await version(city, unit, 2025) } }),
      'accept',
    )
  }
  await city.dispose()
  await admin.dispose()
}
