// `pnpm db:backup` while the real server takes saves, then `pnpm db:restore`: every save that was
// acknowledged before the backup started is in the restored database. Copying the file with cp
// under the same load lost acknowledged saves in 11 of 12 tries.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APPLICATION_ID, openDatabase } from '@ldld/db/client'
import { prepareDatabase } from '@ldld/server/database'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupDatabase } from '../../server/src/backup.ts'
import { restoreDatabase } from '../../server/src/restore.ts'
import { DEMO_PASSWORD } from '../fixtures/auth.ts'
import { runServer, SERVER_ENV } from '../fixtures/server-process.ts'

// These tests start real processes (the server, the CLIs, nginx): seconds each on a busy machine.
vi.setConfig({ testTimeout: 90_000 })

const root = fileURLToPath(new URL('../..', import.meta.url))
const UNITS = ['001', '002', '003']
const INDICATORS = ['cla_signed', 'party_referrals', 'welfare_beneficiaries', 'new_members']
const YEAR = 2025

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldld-backup-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Runs a root script (`node server/src/cli/…`) as the operator would, with DATABASE_FILE set. */
function cli(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), ...args], {
      env: { ...process.env, ...env },
      stdio: 'pipe',
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

interface Ack {
  unit: string
  indicator: string
  value: number
  at: number
}

/** Admin saves in a loop on its own unit: GET the version, PUT one value; records each 200. */
async function writer(
  url: string,
  headers: Record<string, string>,
  unit: string,
  acks: Ack[],
  until: () => boolean,
): Promise<void> {
  const values = `${url}/api/organisations/${unit}/years/${YEAR}/values`
  for (let n = 0; !until(); n += 1) {
    const { version } = (await (await fetch(values, { headers })).json()) as { version: number }
    const indicator = INDICATORS[n % INDICATORS.length] ?? 'cla_signed'
    const value = 10_000 + n
    const res = await fetch(values, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ version, values: [{ indicator, actual: value }] }),
    })
    if (res.status === 200) acks.push({ unit, indicator, value, at: performance.now() })
    await res.arrayBuffer()
  }
}

async function signInAdmin(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  })
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }
}

/** The acknowledged saves that have no history row in `file`. */
function missingFrom(file: string, acks: readonly Ack[]): Ack[] {
  const db = openDatabase(file).$client
  try {
    const row = db.prepare(
      `SELECT 1 FROM history WHERE org_id = (SELECT id FROM organisations WHERE code = ?)
       AND year = ? AND indicator_key = ? AND field = 'actual' AND new_value = ?`,
    )
    return acks.filter((a) => row.get(a.unit, YEAR, a.indicator, String(a.value)) === undefined)
  } finally {
    db.close()
  }
}

describe('backup under write load, then restore', () => {
  it('keeps every save acknowledged before the backup started; restore refuses while the server runs', async () => {
    const file = join(dir, 'ldld.db')
    prepareDatabase(file, undefined, { demo: true }).db.$client.close()
    const backup = join(dir, 'sao-luu', 'truoc-su-co.db')
    const env = { ...SERVER_ENV, DATABASE_FILE: file }
    let backupStartedAt = 0
    const acks: Ack[] = []
    let refusedWhileRunning = ''

    const exit = await runServer(env, async (url) => {
      const headers = await signInAdmin(url)
      let backupDone = false
      const load = Promise.all(UNITS.map((u) => writer(url, headers, u, acks, () => backupDone)))
      // Saves are flowing (however loaded the machine): then the backup starts.
      while (acks.length < 30) await new Promise((r) => setTimeout(r, 20))
      backupStartedAt = performance.now()
      const made = await cli('server/src/cli/db-backup.ts', [backup], { DATABASE_FILE: file })
      backupDone = true
      await load
      expect(made.stderr).toBe('')
      expect(made.code).toBe(0)
      expect(made.stdout).toContain('Đã sao lưu')
      try {
        restoreDatabase(backup, file)
      } catch (error) {
        refusedWhileRunning = error instanceof Error ? error.message : String(error)
      }
    })
    expect(exit.code).toBe(0)
    expect(refusedWhileRunning).toContain('máy chủ đang chạy')

    const before = acks.filter((a) => a.at < backupStartedAt)
    expect(before.length).toBeGreaterThan(20)
    expect(acks.length).toBeGreaterThan(before.length) // saves went on while the backup ran

    const restored = await cli('server/src/cli/db-restore.ts', [backup], { DATABASE_FILE: file })
    expect(restored.stderr).toBe('')
    expect(restored.code).toBe(0)
    expect(restored.stdout).toContain('Đã khôi phục')
    expect(missingFrom(file, before)).toEqual([])
    // The replaced file is kept beside it, whole (its WAL folded in).
    const kept = readdirSync(dir).filter((f) => f.startsWith('ldld.db.before-restore-'))
    expect(kept).toHaveLength(1)
    expect(missingFrom(join(dir, kept[0] ?? ''), acks)).toEqual([])
  })
})

describe('restore checks the backup first', () => {
  it('refuses a damaged file, another SQLite file and a newer schema, leaving the database as it was', async () => {
    const file = join(dir, 'ldld.db')
    prepareDatabase(file, undefined, { demo: true }).db.$client.close()
    const damaged = join(dir, 'hong.db')
    writeFileSync(damaged, 'SQLite format 3\0'.padEnd(8192, 'x'))
    const foreign = join(dir, 'khac.db')
    const other = openDatabase(foreign).$client
    other.exec('CREATE TABLE t (x)')
    other.close()
    const newer = join(dir, 'moi-hon.db')
    backupDatabase(file, newer)
    const db = openDatabase(newer).$client
    db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('x', Date.now() * 2)
    db.close()

    for (const [backup, reason] of [
      [damaged, 'không đọc được'],
      [foreign, 'không phải cơ sở dữ liệu của ứng dụng này'],
      [newer, 'phiên bản mới hơn'],
    ] as const) {
      expect(() => restoreDatabase(backup, file), backup).toThrow(reason)
    }
    // The command says the same on one line and exits 1.
    const r = await cli('server/src/cli/db-restore.ts', [join(dir, 'khong-co.db')], { DATABASE_FILE: file })
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('không có tệp')
    expect(r.stderr).toContain('giữ nguyên')
    expect(readdirSync(dir).some((f) => f.includes('before-restore'))).toBe(false)
    const check = openDatabase(file).$client
    expect(check.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    check.close()
  })
})
