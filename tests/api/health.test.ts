// A read-only or full disk: users get a clear 503 in Vietnamese instead of a 500, nothing saved is
// touched, and /api/health tells the operator the database state until it recovers.
import { openDatabase } from '@ldld/db/client'
import { healthProblemSchema, healthSchema } from '@ldld/db/contracts'
import { buildApp } from '@ldld/server/app'
import { afterEach, describe, expect, it } from 'vitest'
import { TEST_PASSWORD_COST } from '../fixtures/app.ts'
import { as, DEMO_PASSWORD, signIn } from '../fixtures/auth.ts'
import { createTestDb, type TestDb } from '../fixtures/db.ts'
import { expectError } from '../fixtures/http.ts'
import { makeReadOnly } from '../fixtures/read-only.ts'
import { cellOf } from '../fixtures/reports.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const undo of cleanups.splice(0).reverse()) await undo()
})

async function appOn(fixture: TestDb, db = fixture.db) {
  const app = await buildApp({ db, passwordCostForTests: TEST_PASSWORD_COST })
  cleanups.push(() => app.close())
  return app
}

describe('a read-only database', () => {
  it('reads still work; sign-in answers 503 database_read_only, and health says read_only', async () => {
    const fixture = createTestDb()
    cleanups.push(() => fixture.cleanup())
    fixture.db.$client.close()
    const undo = makeReadOnly(fixture.file)
    cleanups.push(undo)
    // The file was made read-only under a running system (a disk remounted read-only, wrong owner).
    const db = openDatabase(fixture.file)
    cleanups.push(() => {
      db.$client.close()
    })
    const app = await appOn(fixture, db)

    expect((await app.inject({ method: 'GET', url: '/api/dashboard?year=2024' })).statusCode).toBe(200)
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'city', password: DEMO_PASSWORD },
    })
    const body = expectError(login, 503, 'database_read_only')
    expect(body.error.message).toMatch(/chỉ đọc/)
    expect(login.headers['retry-after']).toBeDefined()

    const health = await app.inject({ method: 'GET', url: '/api/health' })
    expect(health.statusCode).toBe(503)
    expect(healthProblemSchema.parse(health.json()).error).toMatchObject({
      code: 'database_read_only',
      database: 'read_only',
    })
  })
})

describe('a full disk', () => {
  it('a save answers 503 disk_full and changes nothing; health says full until space is back', async () => {
    const fixture = createTestDb()
    cleanups.push(() => fixture.cleanup())
    const app = await appOn(fixture)
    const admin = as(app, await signIn(app, 'admin'))
    const before = cellOf(fixture.db, '007', 'new_members', 2024)
    const { version } = (await admin.get('/api/organisations/007/years/2024/values')).json<{
      version: number
    }>()
    const save = () =>
      admin.send('PUT', '/api/organisations/007/years/2024/values', {
        version,
        values: [
          { indicator: 'new_members', actual: 4321, note: 'Đã đối chiếu biên bản. '.repeat(80) },
          { indicator: 'unions_total', note: 'Số liệu cả năm. '.repeat(120) },
        ],
      })

    // SQLite's own limit on the file's size gives the error a full disk gives: SQLITE_FULL.
    const pages = Number(fixture.db.$client.pragma('page_count', { simple: true }))
    fixture.db.$client.pragma(`max_page_count = ${pages}`)
    const refused = await save()
    expect(expectError(refused, 503, 'disk_full').error.message).toMatch(/Ổ đĩa .* đã đầy/)
    expect(cellOf(fixture.db, '007', 'new_members', 2024)).toEqual(before)
    const health = await app.inject({ method: 'GET', url: '/api/health' })
    expect(healthProblemSchema.parse(health.json()).error.database).toBe('full')

    // Space is back: health keeps saying full until a save goes through (a one-page probe may fit
    // on a full disk, so only a real save proves it).
    fixture.db.$client.pragma('max_page_count = 1073741823')
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(503)
    expect((await save()).statusCode).toBe(200)
    expect(cellOf(fixture.db, '007', 'new_members', 2024)?.actual).toBe(4321)
    const recovered = await app.inject({ method: 'GET', url: '/api/health' })
    expect(healthSchema.parse(recovered.json())).toEqual({ status: 'ok', database: 'ok' })
  })
})
