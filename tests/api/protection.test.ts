// Requests that must be refused before any data is touched: anonymous calls, writes without the
// session's CSRF token, writes from another origin. And the public read-only view, on and off.
import { CSRF_HEADER } from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, DEMO_PASSWORD, signIn, type TestSession } from '../fixtures/auth.ts'
import { expectError } from '../fixtures/http.ts'
import { countRows, reportVersion } from '../fixtures/reports.ts'

const t = testAppForFile()
let d007: TestSession
let admin: TestSession
beforeAll(async () => {
  d007 = await signIn(t.app, 'd007')
  admin = await signIn(t.app, 'admin')
})

const VALUES = '/api/organisations/007/years/2025/values'
const saveBody = (actual: number) => ({
  version: reportVersion(t.db, '007', 2025),
  values: [{ indicator: 'new_members', actual }],
})

function put(headers: Record<string, string>, payload: unknown = saveBody(1234)) {
  return t.app.inject({ method: 'PUT', url: VALUES, headers, payload: payload as object })
}

describe('CSRF token', () => {
  it('a write without X-CSRF-Token → 403 csrf_failed, nothing written', async () => {
    const history = countRows(t.db, 'history')
    const body = expectError(await put({ cookie: d007.cookie }), 403, 'csrf_failed')
    expect(body.error.message).toMatch(/X-CSRF-Token/)
    expect(countRows(t.db, 'history')).toBe(history)
  })

  it.each([
    ['a wrong token', 'x'.repeat(43)],
    ['an empty token', ''],
  ])('%s → 403 csrf_failed', async (_name, token) => {
    expectError(await put({ cookie: d007.cookie, [CSRF_HEADER]: token }), 403, 'csrf_failed')
  })

  it("another session's token → 403 csrf_failed", async () => {
    expectError(await put({ cookie: d007.cookie, [CSRF_HEADER]: admin.csrf }), 403, 'csrf_failed')
  })

  it('every write route checks it: users, settings, targets, workflow, catalogue', async () => {
    const writes: Array<['POST' | 'PUT' | 'PATCH', string]> = [
      ['POST', '/api/users'],
      ['PATCH', '/api/users/3'],
      ['PUT', '/api/settings'],
      ['PUT', '/api/targets/2025'],
      ['POST', '/api/organisations/007/years/2025/submit'],
      ['POST', '/api/organisations/007/years/2025/accept'],
      ['POST', '/api/indicators'],
      ['POST', '/api/organisations'],
      ['POST', '/api/auth/logout'],
    ]
    for (const [method, url] of writes) {
      const res = await t.app.inject({ method, url, headers: { cookie: admin.cookie }, payload: {} })
      expectError(res, 403, 'csrf_failed')
    }
  })

  it('the right token goes through', async () => {
    expect((await put({ cookie: d007.cookie, [CSRF_HEADER]: d007.csrf }, saveBody(1235))).statusCode).toBe(
      200,
    )
  })
})

describe('other origins', () => {
  it('a write whose Origin is another site → 403 cross_origin, even with a valid token', async () => {
    const res = await put({ cookie: d007.cookie, [CSRF_HEADER]: d007.csrf, origin: 'https://evil.example' })
    const body = expectError(res, 403, 'cross_origin')
    expect(body.error.message).toBe('Yêu cầu thay đổi dữ liệu từ trang web khác bị từ chối.')
  })

  it('Sec-Fetch-Site: cross-site → 403 cross_origin', async () => {
    const res = await put({ cookie: d007.cookie, [CSRF_HEADER]: d007.csrf, 'sec-fetch-site': 'cross-site' })
    expectError(res, 403, 'cross_origin')
  })

  it('a sign-in from another origin → 403 cross_origin (login CSRF)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost.evil.example' },
      payload: { username: 'city', password: DEMO_PASSWORD },
    })
    expectError(res, 403, 'cross_origin')
  })

  it('the same origin (default port or explicit) is accepted; reads from anywhere are fine', async () => {
    for (const origin of ['http://localhost', 'http://localhost:80']) {
      const res = await put(
        { cookie: d007.cookie, [CSRF_HEADER]: d007.csrf, origin },
        saveBody(1240 + origin.length),
      )
      expect(res.statusCode, res.body).toBe(200)
    }
    const read = await t.app.inject({
      method: 'GET',
      url: VALUES,
      headers: { cookie: d007.cookie, origin: 'https://evil.example' },
    })
    expect(read.statusCode).toBe(200)
  })
})

const READ_ROUTES = [
  '/api/dashboard?year=2021',
  '/api/organisations',
  '/api/organisations/007/series',
  '/api/indicators',
  '/api/indicators/new_members/ranking?year=2021',
  '/api/years',
]
const SIGNED_IN_ROUTES = [
  VALUES,
  '/api/organisations/007/years/2025/history',
  '/api/reports?year=2025',
  '/api/targets/2025',
  '/api/users',
  '/api/settings',
]

describe('anonymous callers and the public view', () => {
  it.each(SIGNED_IN_ROUTES)('GET %s anonymously → 401 even while the public view is on', async (url) => {
    const body = expectError(await t.app.inject({ method: 'GET', url }), 401, 'unauthenticated')
    expect(body.error.message).toBe('Cần đăng nhập.')
  })

  it('anonymous writes → 401, whatever the public view', async () => {
    expectError(
      await t.app.inject({ method: 'PUT', url: VALUES, payload: saveBody(1) }),
      401,
      'unauthenticated',
    )
    expectError(
      await t.app.inject({ method: 'PUT', url: '/api/settings', payload: { publicRead: true } }),
      401,
      'unauthenticated',
    )
  })

  it('with the public view on (the demo), anonymous reads of the dashboard routes succeed', async () => {
    for (const url of READ_ROUTES)
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(200)
  })

  it('with the public view off, they need a sign-in; health, docs and /me stay open', async () => {
    const adminCaller = as(t.app, admin)
    expect((await adminCaller.send('PUT', '/api/settings', { publicRead: false })).json()).toEqual({
      publicRead: false,
    })
    try {
      for (const url of READ_ROUTES)
        expectError(await t.app.inject({ method: 'GET', url }), 401, 'unauthenticated')
      for (const url of READ_ROUTES) expect((await as(t.app, d007).get(url)).statusCode, url).toBe(200)
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
      expect((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200)
      const meRes = await t.app.inject({ method: 'GET', url: '/api/auth/me' })
      expect(meRes.json()).toEqual({ user: null, csrfToken: null, publicRead: false })
    } finally {
      await adminCaller.send('PUT', '/api/settings', { publicRead: true })
    }
    expect((await t.app.inject({ method: 'GET', url: READ_ROUTES[0] ?? '' })).statusCode).toBe(200)
  })
})
