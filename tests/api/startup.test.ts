// What server.ts does at start: a new file gets schema + demo data only where a demo is asked for; an
// existing one keeps every row; a wrong file is refused with one line naming it and the fix.
// server-start.test.ts starts the real entry point.
import { appendFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { knownSchemaVersion, migrateDatabase, openDatabase } from '@ldld/db/client'
import { seedDemo } from '@ldld/seed'
import { prepareDatabase, StartupError } from '@ldld/server/database'
import { describe, expect, it, vi } from 'vitest'
import { scratchFolder, tableCount } from '../fixtures/db.ts'
import { makeReadOnly } from '../fixtures/read-only.ts'

// These tests start real processes (the server, the CLIs, nginx): seconds each on a busy machine.
vi.setConfig({ testTimeout: 90_000 })

const HBT_NEW_MEMBERS_2021 = `SELECT actual FROM figures WHERE indicator_key = 'new_members' AND year = 2021
  AND org_id = (SELECT id FROM organisations WHERE code = '007')`

const scratch = scratchFolder('ldld-start-')

/** The StartupError prepareDatabase throws, for its one-line message. */
function refusal(file: string, options?: { demo?: boolean }): string {
  try {
    prepareDatabase(file, undefined, options).db.$client.close()
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError)
    const message = (error as Error).message
    expect(message.split('\n')).toHaveLength(1)
    expect(message).toContain(`DATABASE_FILE=${file}`)
    return message
  }
  throw new Error('prepareDatabase accepted the file')
}

describe('prepareDatabase — refusals', () => {
  it('refuses a missing file unless a demo is asked for, naming the path and how a production database is made', () => {
    const file = scratch.path('typo', 'ldld.db')
    const message = refusal(file)
    expect(message).toContain('pnpm db:migrate')
    expect(message).toContain('pnpm user:create')
    expect(message).toContain('DEMO=true')
    expect(existsSync(scratch.path('typo'))).toBe(false)
  })

  it('refuses a half-built demo (demo figures, no accounts) instead of serving it as a database', () => {
    const file = scratch.path('ldld.db')
    const db = openDatabase(file)
    migrateDatabase(db)
    seedDemo(db)
    db.$client.close()
    expect(refusal(file)).toContain('tạo dở')
  })

  it('refuses a database written by a newer version of the app', () => {
    const file = scratch.demoFile()
    const db = openDatabase(file).$client
    db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run(
      'from-the-future',
      knownSchemaVersion() + 86_400_000,
    )
    db.close()
    expect(refusal(file)).toContain('phiên bản mới hơn')
  })

  it('refuses a file that is not an SQLite database, or an SQLite file of another application', () => {
    const garbage = scratch.path('notes.db')
    writeFileSync(garbage, 'Biên bản hội nghị năm 2024 — không phải cơ sở dữ liệu. '.repeat(200))
    expect(refusal(garbage)).toContain('không phải tệp cơ sở dữ liệu SQLite')
    const other = scratch.path('other.db')
    const db = openDatabase(other).$client
    db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)')
    db.close()
    expect(refusal(other)).toContain('không phải cơ sở dữ liệu của ứng dụng này')
  })

  it('checks write access at start: a read-only file is refused with the fix', () => {
    const file = scratch.demoFile()
    const restore = makeReadOnly(file)
    try {
      expect(refusal(file)).toContain('chỉ đọc')
    } finally {
      restore()
    }
  })
})

describe('prepareDatabase — what it makes and keeps', () => {
  it('creates the folder, migrates and seeds a new demo file with the demo accounts, and says so in Vietnamese', () => {
    const file = scratch.path('nested', 'ldld.db')
    const messages: string[] = []
    const { db, kind } = prepareDatabase(file, (m) => messages.push(m), { demo: true })
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
    expect(tableCount(file, 'organisations')).toBe(116)
    expect(tableCount(file, 'figures')).toBeGreaterThan(1000)
    expect(usernames).toEqual(['admin', 'cd00256', 'city', 'd001', 'd007', 'viewer'])
    expect(publicRead).toBe('true')
    // argon2id at the library's default cost (19 MiB, 2 passes), never the plain password.
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    // Built under a temporary name and renamed: nothing else is left in the folder.
    expect(readdirSync(scratch.path('nested')).filter((f) => !f.startsWith('ldld.db-'))).toEqual(['ldld.db'])
  })

  it('keeps every row of an existing file, including a figure a user changed', () => {
    const file = scratch.demoFile()
    const figures = tableCount(file, 'figures')
    const edit = openDatabase(file).$client
    edit
      .prepare(HBT_NEW_MEMBERS_2021.replace('SELECT actual FROM figures', 'UPDATE figures SET actual = 2400'))
      .run()
    edit.close()

    const { db, kind } = prepareDatabase(file)
    expect(kind).toBe('existing')
    expect(db.$client.prepare(HBT_NEW_MEMBERS_2021).pluck().get()).toBe(2400)
    db.$client.close()
    expect(tableCount(file, 'figures')).toBe(figures)
  })

  it('gives a file that `pnpm db:migrate` created empty the reference data only: no figures, no users, closed; and warns that it has no account', () => {
    const file = scratch.path('ldld.db')
    const empty = openDatabase(file)
    migrateDatabase(empty)
    empty.$client.close()
    const messages: string[] = []
    const { db, kind } = prepareDatabase(file, (m) => messages.push(m))
    db.$client.close()
    expect(kind).toBe('reference')
    expect(messages.join('\n')).toMatch(/^Đã nạp danh mục đơn vị, chỉ tiêu/)
    expect(messages.join('\n')).toContain('chưa có tài khoản nào')
    expect(tableCount(file, 'organisations')).toBe(31)
    expect(tableCount(file, 'indicators')).toBe(12)
    expect(tableCount(file, 'figures')).toBe(0)
    expect(tableCount(file, 'users')).toBe(0)
    expect(tableCount(file, 'settings')).toBe(0)
  })
})

// Appending to a file in use would corrupt it; this only proves the helper is not a no-op.
it('makeReadOnly really stops writes (root included)', () => {
  const file = scratch.path('probe.txt')
  writeFileSync(file, 'a')
  const restore = makeReadOnly(file)
  try {
    expect(() => appendFileSync(file, 'b')).toThrow()
  } finally {
    restore()
  }
})
