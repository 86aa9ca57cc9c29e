// The log (standard output, JSON lines; journald under systemd) at its most verbose level never
// holds a password, a session token or a CSRF token, whatever the request, and still says who
// called what.
import { Writable } from 'node:stream'
import { SESSION_COOKIE } from '@ldld/db/contracts'
import { buildApp, type App } from '@ldld/server/app'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loggerOptions } from '../../server/src/plugins/request-log.ts'
import { TEST_PASSWORD_COST } from '../fixtures/app.ts'
import { DEMO_PASSWORD } from '../fixtures/auth.ts'
import { createTestDb, type TestDb } from '../fixtures/db.ts'

const lines: string[] = []
let fixture: TestDb
let app: App
beforeAll(async () => {
  fixture = createTestDb()
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean))
      done()
    },
  })
  app = await buildApp({
    db: fixture.db,
    logger: { ...loggerOptions('trace'), stream },
    passwordCostForTests: TEST_PASSWORD_COST,
  })
  // What a careless handler might log one day: the whole header set and body.
  app.post('/api/test/careless', { config: { access: 'public' } }, async (request) => {
    request.log.info({ headers: request.headers, body: request.body }, 'careless')
    return { ok: true }
  })
  await app.ready()
})
afterAll(async () => {
  await app.close()
  fixture.cleanup()
})

describe('logs', () => {
  it('hold no password, session token or CSRF token, at trace level', async () => {
    const wrong = 'sai-mat-khau-bi-mat-123'
    const broken = 'mat-khau-trong-json-hong'
    const client = { 'x-forwarded-for': '203.0.113.9', 'user-agent': 'Trinh duyet thu nghiem' }
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: client,
      payload: { username: 'city', password: DEMO_PASSWORD },
    })
    expect(login.statusCode).toBe(200)
    const token = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? ''
    const csrf = login.json<{ csrfToken: string }>().csrfToken
    expect(token.length).toBeGreaterThan(20)
    const signedIn = { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrf }

    await app.inject({ method: 'GET', url: '/api/auth/me', headers: signedIn })
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'city', password: wrong },
    })
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"username":"city","password":"${broken}"`,
    })
    await app.inject({
      method: 'POST',
      url: '/api/test/careless',
      headers: { ...signedIn, authorization: `Bearer ${token}` },
      payload: { password: wrong, note: 'x' },
    })

    const log = lines.join('\n')
    expect(lines.length).toBeGreaterThan(5)
    for (const secret of [DEMO_PASSWORD, wrong, broken, token, csrf]) {
      expect(log, `the log holds ${secret}`).not.toContain(secret)
    }
    // Still useful: each request's method, path and client, at debug and above.
    expect(log).toContain('"path":"/api/auth/login"')
    expect(log).toContain('"userAgent":"Trinh duyet thu nghiem"')
    expect(log).toContain('careless')
  })
})
