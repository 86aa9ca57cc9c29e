// What server.ts does at start: a new file gets schema + demo data; an existing one keeps every row.
// The last tests start the real entry point as a child process.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareDatabase } from '@ldld/server/database'
import { migrateDatabase, openDatabase } from '@ldld/db/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const SERVER = fileURLToPath(new URL('../../server/src/server.ts', import.meta.url))
const HBT_NEW_MEMBERS_2021 = `SELECT actual FROM figures WHERE indicator_key = 'new_members' AND year = 2021
  AND org_id = (SELECT id FROM organisations WHERE code = '007')`

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldld-start-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function count(file: string, table: string): number {
  const db = openDatabase(file).$client
  try {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get())
  } finally {
    db.close()
  }
}

describe('prepareDatabase', () => {
  it('creates the folder, migrates and seeds a new file with the demo accounts, and says so in Vietnamese', () => {
    const file = join(dir, 'nested', 'ldld.db')
    const messages: string[] = []
    const { db, kind } = prepareDatabase(file, (m) => messages.push(m))
    const usernames = db.$client.prepare('SELECT username FROM users ORDER BY username').pluck().all()
    const publicRead = db.$client
      .prepare(`SELECT value FROM settings WHERE key = 'public_read'`)
      .pluck()
      .get()
    const hash = String(
      db.$client.prepare(`SELECT password_hash FROM users WHERE username = 'd007'`).pluck().get(),
    )
    db.$client.close()
    expect(kind).toBe('demo')
    expect(messages.join('\n')).toMatch(/^Đã tạo cơ sở dữ liệu mẫu/)
    expect(messages.join('\n')).toContain('demo1234')
    // The city, 30 districts, and the illustrative 84 commune/ward unions + the industrial-zone union.
    expect(count(file, 'organisations')).toBe(116)
    expect(count(file, 'figures')).toBeGreaterThan(1000)
    expect(usernames).toEqual(['admin', 'cd00256', 'city', 'd001', 'd007', 'viewer'])
    expect(publicRead).toBe('true')
    // argon2id at the library's default cost (19 MiB, 2 passes), never the plain password.
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  })

  it('keeps every row of an existing file, including a figure a user changed', () => {
    const file = join(dir, 'ldld.db')
    prepareDatabase(file).db.$client.close()
    const figures = count(file, 'figures')
    const edit = openDatabase(file).$client
    edit
      .prepare(HBT_NEW_MEMBERS_2021.replace('SELECT actual FROM figures', 'UPDATE figures SET actual = 2400'))
      .run()
    edit.close()

    const { db, kind } = prepareDatabase(file)
    expect(kind).toBe('existing')
    expect(db.$client.prepare(HBT_NEW_MEMBERS_2021).pluck().get()).toBe(2400)
    db.$client.close()
    expect(count(file, 'figures')).toBe(figures)
  })

  it('gives a file that `pnpm db:migrate` created empty the reference data only: no figures, no users, closed', () => {
    const file = join(dir, 'ldld.db')
    const empty = openDatabase(file)
    migrateDatabase(empty)
    empty.$client.close()
    const messages: string[] = []
    const { db, kind } = prepareDatabase(file, (m) => messages.push(m))
    db.$client.close()
    expect(kind).toBe('reference')
    expect(messages.join('\n')).toMatch(/^Đã nạp danh mục đơn vị, chỉ tiêu/)
    expect(count(file, 'organisations')).toBe(31)
    expect(count(file, 'indicators')).toBe(12)
    expect(count(file, 'figures')).toBe(0)
    expect(count(file, 'users')).toBe(0)
    expect(count(file, 'settings')).toBe(0)
  })
})

interface Exit {
  code: number | null
  stdout: string
  stderr: string
}

/** Starts server.ts; `onReady` runs once it prints its URL, then the process gets SIGTERM. */
function runServer(env: Record<string, string>, onReady?: (url: string) => Promise<void>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER], { env: { ...process.env, ...env }, stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    let started = false
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const url = /Bảng điều khiển: (http:\/\/\S+)/.exec(stdout)?.[1]
      if (url && !started && onReady) {
        started = true
        onReady(url).then(() => child.kill('SIGTERM'), reject)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('server.ts', () => {
  it('starts on a new file, answers, and exits 0 on SIGTERM with the WAL checkpointed', async () => {
    const file = join(dir, 'ldld.db')
    let health = 0
    const exit = await runServer(
      { DATABASE_FILE: file, PORT: '0', HOST: '127.0.0.1', WEB_DIST: join(dir, 'no-web'), LOG_LEVEL: 'warn' },
      async (url) => {
        health = (await fetch(`${url}/api/health`)).status
      },
    )
    expect(exit.stderr).toBe('')
    expect(exit.code).toBe(0)
    expect(health).toBe(200)
    expect(exit.stdout).toContain('Đã tạo cơ sở dữ liệu mẫu')
    expect(existsSync(`${file}-wal`)).toBe(false)
    expect(count(file, 'organisations')).toBe(116)
  })

  it('refuses a bad PORT with a bilingual message and exit code 1', async () => {
    const exit = await runServer({ DATABASE_FILE: join(dir, 'ldld.db'), PORT: 'abc' })
    expect(exit.code).toBe(1)
    expect(exit.stderr).toContain('Cấu hình môi trường không hợp lệ / Invalid environment configuration')
    expect(exit.stderr).toContain('PORT="abc"')
    expect(existsSync(join(dir, 'ldld.db'))).toBe(false)
  })
})
