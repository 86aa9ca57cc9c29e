// `pnpm db:seed` and `pnpm db:seed --reset`, run as the real script on a temporary DATABASE_FILE:
// an empty file becomes a working demo (accounts, public view), a filled one is kept, and --reset
// rebuilds it even after users signed in and entered figures (the file used to fail on a foreign key).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '@ldld/db/client'
import { buildApp } from '@ldld/server/app'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { as, signIn } from '../fixtures/auth.ts'

const SCRIPT = fileURLToPath(new URL('../../server/src/cli/db-seed.ts', import.meta.url))
let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldld-seed-'))
  file = join(dir, 'data', 'ldld.db')
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const seed = (...args: string[]) =>
  execFileSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_FILE: file },
  })

async function withApp<T>(run: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>): Promise<T> {
  const db = openDatabase(file)
  const app = await buildApp({ db })
  try {
    return await run(app)
  } finally {
    await app.close()
    db.$client.close()
  }
}

describe('pnpm db:seed', () => {
  it('an empty file becomes a working demo: data, demo accounts, public view', async () => {
    mkdirSync(join(dir, 'data'))
    writeFileSync(file, '')
    const out = seed()
    expect(out).toMatch(/Đã nạp dữ liệu mẫu vào .* \(\d+ ms\): 116 đơn vị, 12 chỉ tiêu/)
    expect(out).toContain('admin, city, viewer, d007, d001, cd00256')
    await withApp(async (app) => {
      // Public view on: the dashboard answers without signing in.
      expect((await app.inject({ method: 'GET', url: '/api/dashboard?year=2026' })).statusCode).toBe(200)
      const officer = as(app, await signIn(app, 'cd00256'))
      const res = await officer.get('/api/organisations/00256/years/2026/values')
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ unit: '00256', status: 'draft' })
    })
  }, 30_000)

  it('a missing file too; a filled database is kept; --reset rebuilds it after users worked in it', async () => {
    expect(seed()).toContain('Đã nạp dữ liệu mẫu')
    await withApp(async (app) => {
      const officer = as(app, await signIn(app, 'cd00256'))
      const report = (await officer.get('/api/organisations/00256/years/2026/values')).json<{
        version: number
      }>()
      const saved = await officer.send('PUT', '/api/organisations/00256/years/2026/values', {
        version: report.version,
        values: [{ indicator: 'new_members', actual: 123, note: 'thử' }],
      })
      expect(saved.statusCode, saved.body).toBe(200)
    })
    expect(seed()).toContain('đã có dữ liệu: giữ nguyên')
    const out = seed('--reset')
    expect(out).toMatch(/Đã xóa cơ sở dữ liệu cũ .*: 116 đơn vị, \d+ ô số liệu, \d+ báo cáo, 6 tài khoản\./)
    expect(out).toContain('Đã nạp dữ liệu mẫu')
    const db = openDatabase(file)
    const history = db.$client.prepare('SELECT count(*) FROM history').pluck().get()
    const sessions = db.$client.prepare('SELECT count(*) FROM sessions').pluck().get()
    db.$client.close()
    expect([history, sessions]).toEqual([0, 0])
  }, 60_000)
})
