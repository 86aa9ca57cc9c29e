// Sign-in, sessions and the login throttle, through the real routes and the real SQLite sessions table.
import { createHash } from 'node:crypto'
import { loginResponseSchema, meResponseSchema, SESSION_COOKIE } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { createTestApp, testAppForFile } from '../fixtures/app.ts'
import { as, DEMO_PASSWORD, signIn, type TestSession } from '../fixtures/auth.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'
import { countRows } from '../fixtures/reports.ts'

const t = testAppForFile()

const login = (username: string, password: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress })

const me = async (session: TestSession | null) =>
  meResponseSchema.parse((await as(t.app, session).get('/api/auth/me')).json())

const sql = (statement: string, ...params: unknown[]) => t.db.$client.prepare(statement).run(...params)
const sessionHash = (s: TestSession) =>
  createHash('sha256')
    .update(s.cookie.split('=')[1] ?? '')
    .digest('hex')

describe('POST /api/auth/login — validation', () => {
  it.each([
    [{ password: 'x' }, 'username'],
    [{ username: 'city' }, 'password'],
    [{ username: 'city', password: 'x', remember: true }, 'remember'],
    [{ username: 42, password: 'x' }, 'username'],
  ])('%j → 400 naming %s', async (payload, path) => {
    expectInvalid(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload }), path)
  })

  it('malformed JSON → 400 invalid_json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "city",',
    })
    expectError(res, 400, 'invalid_json')
  })

  it('an unknown user and a wrong password get the same 401', async () => {
    const unknown = expectError(
      await login('khong-ton-tai', 'sai-mat-khau', '10.1.0.1'),
      401,
      'invalid_credentials',
    )
    const wrong = expectError(await login('viewer', 'sai-mat-khau', '10.1.0.1'), 401, 'invalid_credentials')
    expect(unknown).toEqual(wrong)
    expect(wrong.error.message).toBe('Sai tên đăng nhập hoặc mật khẩu.')
  })
})

describe('POST /api/auth/login — happy path', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user and a CSRF token', async () => {
    const res = await login(' City ', DEMO_PASSWORD)
    expect(res.statusCode).toBe(200)
    const body = loginResponseSchema.parse(res.json())
    expect(body.user).toEqual({
      username: 'city',
      displayName: 'Cán bộ LĐLĐ thành phố (demo)',
      role: 'city',
      unit: null,
      mustChangePassword: false,
    })
    expect(body.publicRead).toBe(true)
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/)
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 })
    expect(cookie?.secure).toBeUndefined()
    expect(cookie?.value).toMatch(/^[\w-]{43}$/)
    expect(res.headers['cache-control']).toBe('no-store')
    // Only the token's SHA-256 is stored.
    const stored = t.db.$client.prepare('SELECT token_hash FROM sessions').pluck().all()
    expect(stored).toContain(
      createHash('sha256')
        .update(cookie?.value ?? '')
        .digest('hex'),
    )
    expect(stored).not.toContain(cookie?.value)
  })

  it('GET /api/auth/me: the user and token when signed in, nulls when not', async () => {
    const s = await signIn(t.app, 'd007')
    expect(await me(s)).toEqual({
      user: {
        username: 'd007',
        displayName: 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)',
        role: 'district',
        unit: '007',
        mustChangePassword: false,
      },
      csrfToken: s.csrf,
      publicRead: true,
    })
    expect(await me(null)).toEqual({ user: null, csrfToken: null, publicRead: true })
  })

  it('logout deletes the session row and clears the cookie; the old cookie no longer works', async () => {
    const s = await signIn(t.app, 'viewer')
    expectError(
      await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } }),
      403,
      'csrf_failed',
    )
    const res = await as(t.app, s).send('POST', '/api/auth/logout')
    expect(res.statusCode).toBe(204)
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toMatchObject({ value: '', maxAge: 0 })
    expect(
      t.db.$client.prepare('SELECT count(*) FROM sessions WHERE token_hash = ?').pluck().get(sessionHash(s)),
    ).toBe(0)
    expect((await me(s)).user).toBeNull()
    expectError(await as(t.app, s).get('/api/reports?year=2024'), 401, 'unauthenticated')
  })
})

describe('sessions expire', () => {
  it('2 h idle: a session past expires_at is refused and deleted', async () => {
    const s = await signIn(t.app, 'city')
    sql(
      'UPDATE sessions SET expires_at = ? WHERE token_hash = ?',
      new Date(Date.now() - 1000).toISOString(),
      sessionHash(s),
    )
    const res = expectError(await as(t.app, s).get('/api/users'), 401, 'unauthenticated')
    expect(res.error.message).toBe('Cần đăng nhập.')
    expect(
      t.db.$client.prepare('SELECT count(*) FROM sessions WHERE token_hash = ?').pluck().get(sessionHash(s)),
    ).toBe(0)
  })

  it('12 h after sign-in, even if used a minute ago', async () => {
    const s = await signIn(t.app, 'city')
    const created = new Date(Date.now() - 12 * 3600_000 - 1000).toISOString()
    sql(
      'UPDATE sessions SET created_at = ?, expires_at = ? WHERE token_hash = ?',
      created,
      new Date(Date.now() + 3600_000).toISOString(),
      sessionHash(s),
    )
    expect((await me(s)).user).toBeNull()
  })

  it('activity slides the idle expiry forward (written at most once a minute)', async () => {
    const s = await signIn(t.app, 'city')
    const expiresAt = () =>
      Date.parse(
        String(
          t.db.$client
            .prepare('SELECT expires_at FROM sessions WHERE token_hash = ?')
            .pluck()
            .get(sessionHash(s)),
        ),
      )
    const inAnHour = new Date(Date.now() + 3600_000).toISOString()
    sql('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', inAnHour, sessionHash(s))
    expect((await me(s)).user?.username).toBe('city')
    expect(expiresAt()).toBeGreaterThan(Date.now() + 2 * 3600_000 - 60_000)
    const settled = expiresAt()
    await me(s)
    expect(expiresAt()).toBe(settled)
  })
})

describe('login throttle', () => {
  it('answers 429 with Retry-After after 5 failures for an account from one address, even to the right password', async () => {
    for (let i = 0; i < 5; i += 1)
      expectError(await login('d001', 'wrong-password', '10.2.0.1'), 401, 'invalid_credentials')
    const locked = await login('d001', DEMO_PASSWORD, '10.2.0.1')
    const body = expectError(locked, 429, 'too_many_attempts')
    expect(locked.headers['retry-after']).toBe('60')
    expect(body.error.message).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.')
    // Other accounts are not affected.
    expect((await login('viewer', DEMO_PASSWORD, '10.2.0.1')).statusCode).toBe(200)
  })

  it('one address failing on purpose cannot lock the admin out from another address (issue 7 §9)', async () => {
    for (let i = 0; i < 30; i += 1) await login('admin', 'wrong-password', '10.2.1.66')
    expectError(await login('admin', DEMO_PASSWORD, '10.2.1.66'), 429, 'too_many_attempts')
    expect((await login('admin', DEMO_PASSWORD, '10.2.1.1')).statusCode).toBe(200)
  })

  it('a distributed attack (50 failures from 13 addresses) reaches the per-account ceiling', async () => {
    for (let i = 0; i < 49; i += 1) await login('ke-gian', 'wrong-password', `10.2.2.${Math.floor(i / 4)}`)
    expectError(await login('ke-gian', 'wrong-password', '10.2.3.1'), 401, 'invalid_credentials')
    expectError(await login('ke-gian', 'wrong-password', '10.2.3.2'), 429, 'too_many_attempts')
  })

  it('a success resets the account count', async () => {
    for (let i = 0; i < 4; i += 1) await login('admin', 'wrong-password', '10.3.0.1')
    expect((await login('admin', DEMO_PASSWORD, '10.3.0.1')).statusCode).toBe(200)
    for (let i = 0; i < 4; i += 1)
      expectError(await login('admin', 'wrong-password', '10.3.0.1'), 401, 'invalid_credentials')
  })

  it('answers 429 to an address after 20 failures across accounts', async () => {
    for (let i = 0; i < 20; i += 1) await login(`user${i}`, 'wrong-password', '10.4.0.1')
    const res = await login('viewer', DEMO_PASSWORD, '10.4.0.1')
    expectError(res, 429, 'too_many_attempts')
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    expect((await login('viewer', DEMO_PASSWORD, '10.4.0.2')).statusCode).toBe(200)
  })

  it('parallel guesses on one account cannot slip past the limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => login('city', 'wrong-password', '10.5.0.1')),
    )
    const statuses = results.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(7)
  })
})

describe('account changes end sessions', () => {
  it('deactivating a user deletes their sessions and refuses their sign-in', async () => {
    const admin = as(t.app, await signIn(t.app, 'admin'))
    const created = await admin.send('POST', '/api/users', {
      username: 'tam-thoi',
      displayName: 'Tạm thời',
      role: 'viewer',
      password: 'sen-hong-xe-dap',
    })
    expect(created.statusCode).toBe(201)
    const id = created.json<{ id: number }>().id
    const s = await signIn(t.app, 'tam-thoi', 'sen-hong-xe-dap')
    const before = countRows(t.db, 'sessions')
    expect((await admin.send('PATCH', `/api/users/${id}`, { active: false })).statusCode).toBe(200)
    expect(countRows(t.db, 'sessions')).toBe(before - 1)
    expectError(await as(t.app, s).get('/api/reports?year=2024'), 401, 'unauthenticated')
    expectError(await login('tam-thoi', 'sen-hong-xe-dap', '10.6.0.1'), 401, 'invalid_credentials')
  })

  it('changing a password deletes the sessions; the new password signs in', async () => {
    const admin = as(t.app, await signIn(t.app, 'admin'))
    const s = await signIn(t.app, 'd007')
    const res = await admin.send('PATCH', '/api/users/4', { password: 'mat-khau-moi-2025' })
    expect(res.statusCode).toBe(200)
    expect((await me(s)).user).toBeNull()
    expectError(await login('d007', DEMO_PASSWORD, '10.7.0.1'), 401, 'invalid_credentials')
    expect((await login('d007', 'mat-khau-moi-2025', '10.7.0.1')).statusCode).toBe(200)
  })
})

describe('behind a proxy', () => {
  it('marks the cookie Secure when the proxy says the request came over https', async () => {
    const proxied = await createTestApp({ trustProxy: 1 })
    try {
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'city', password: DEMO_PASSWORD },
      })
      expect(res.statusCode).toBe(200)
      expect(res.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true)
    } finally {
      await proxied.close()
    }
  })
})
