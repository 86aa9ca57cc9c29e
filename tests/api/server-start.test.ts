// The real entry point (server/src/server.ts) as a child process: what it starts on, what it refuses
// (one line naming the variable or file and the fix, exit 1, no stack trace), what it warns about.
import { existsSync, writeFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { scratchFolder, tableCount } from '../fixtures/db.ts'
import { runServer, SERVER_ENV } from '../fixtures/server-process.ts'

// These tests start real processes: seconds each on a busy machine.
vi.setConfig({ testTimeout: 90_000 })

const scratch = scratchFolder('ldld-server-')

/** One line on stderr, no stack trace ("    at …"), exit code 1. */
function expectOneLineRefusal(exit: { code: number | null; stderr: string }): string {
  expect(exit.code).toBe(1)
  const lines = exit.stderr.trim().split('\n')
  expect(lines, exit.stderr).toHaveLength(1)
  expect(exit.stderr).not.toMatch(/^\s+at /m)
  return lines[0] ?? ''
}

describe('server.ts', () => {
  it('starts on a new demo file when asked (its folder made), answers, and exits 0 on SIGTERM with the WAL checkpointed', async () => {
    const file = scratch.path('data', 'ldld.db')
    let health = 0
    const exit = await runServer({ ...SERVER_ENV, DATABASE_FILE: file, DEMO: 'true' }, async (url) => {
      health = (await fetch(`${url}/api/health`)).status
    })
    expect(exit.stderr).toBe('')
    expect(exit.code).toBe(0)
    expect(health).toBe(200)
    expect(exit.stdout).toContain('Đã tạo cơ sở dữ liệu mẫu')
    expect(existsSync(`${file}-wal`)).toBe(false)
    // The city, 30 districts, and the illustrative 84 commune/ward unions + the industrial-zone union.
    expect(tableCount(file, 'organisations')).toBe(116)
  })

  it('refuses a DATABASE_FILE that does not exist (a typo) with one line, and creates nothing', async () => {
    const file = scratch.path('ldld-typo.db')
    const line = expectOneLineRefusal(await runServer({ ...SERVER_ENV, DATABASE_FILE: file }))
    expect(line).toContain(`DATABASE_FILE=${file}`)
    expect(line).toContain('pnpm db:migrate')
    expect(existsSync(file)).toBe(false)
  })

  it('refuses a damaged file with one line naming it, no stack trace', async () => {
    const file = scratch.demoFile()
    writeFileSync(file, 'x'.repeat(4096))
    const line = expectOneLineRefusal(await runServer({ ...SERVER_ENV, DATABASE_FILE: file }))
    expect(line).toMatch(/^DATABASE_FILE=.*không phải tệp cơ sở dữ liệu SQLite/)
  })

  it('an interrupted first start leaves no database behind, and the next start builds a whole one', async () => {
    const file = scratch.path('ldld.db')
    const env = { ...SERVER_ENV, DATABASE_FILE: file, DEMO: 'true' }
    // kill -9 while the demo is being built (it takes ~0.2 s).
    const killed = await runServer(env, undefined, { killWhen: () => existsSync(`${file}.building`) })
    expect(killed.signal).toBe('SIGKILL')
    expect(existsSync(file)).toBe(false)

    let users = 0
    const exit = await runServer(env, async () => {
      users = tableCount(file, 'users')
    })
    expect(exit.code).toBe(0)
    expect(users).toBe(6) // the demo accounts, union officer cd00256 included
    expect(existsSync(`${file}.building`)).toBe(false)
  })

  it('refuses a second server on the same file', async () => {
    const file = scratch.demoFile()
    let second = { code: 0 as number | null, stderr: '' }
    await runServer({ ...SERVER_ENV, DATABASE_FILE: file }, async () => {
      second = await runServer({ ...SERVER_ENV, DATABASE_FILE: file })
    })
    expect(expectOneLineRefusal(second)).toContain('đang được một tiến trình khác dùng')
  })

  it('refuses TRUST_PROXY=true, saying what to write instead', async () => {
    const line = expectOneLineRefusal(
      await runServer({ ...SERVER_ENV, DATABASE_FILE: scratch.path('ldld.db'), TRUST_PROXY: 'true' }),
    )
    expect(line).toContain('TRUST_PROXY="true"')
    expect(line).toContain('TRUST_PROXY=1')
  })

  it('warns at start that the session cookie travels in clear over plain http on HOST=0.0.0.0', async () => {
    const file = scratch.demoFile()
    const exit = await runServer({ ...SERVER_ENV, DATABASE_FILE: file, HOST: '0.0.0.0' }, async () => {})
    expect(exit.code).toBe(0)
    expect(exit.stderr).toMatch(
      /^Cảnh báo: đang phục vụ http không mã hóa trên HOST=0\.0\.0\.0: cookie phiên/,
    )
  })

  it('refuses a bad PORT with a bilingual message and exit code 1', async () => {
    const exit = await runServer({ ...SERVER_ENV, DATABASE_FILE: scratch.path('ldld.db'), PORT: 'abc' })
    expect(expectOneLineRefusal(exit)).toContain(
      'Cấu hình môi trường không hợp lệ / Invalid environment configuration',
    )
    expect(exit.stderr).toContain('PORT="abc"')
    expect(existsSync(scratch.path('ldld.db'))).toBe(false)
  })
})
