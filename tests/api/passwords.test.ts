// Passwords (issue 7 §11, §25): one rule for every password a person sets, one-time passwords for
// accounts an admin creates or resets, the first sign-in that must change it, and the self-service
// change that ends the user's other sessions. Real routes, real SQLite file.
import { loginResponseSchema, meResponseSchema, userWithPasswordSchema } from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, DEMO_PASSWORD, signIn, type Caller, type TestSession } from '../fixtures/auth.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'

const t = testAppForFile()
let admin: Caller
beforeAll(async () => {
  admin = as(t.app, await signIn(t.app, 'admin'))
})

let n = 0
const newViewer = (extra: object = {}) => ({
  username: `nguoi-xem-${++n}`,
  displayName: 'Trần Văn Bình',
  role: 'viewer',
  ...extra,
})
const me = async (s: TestSession | null) =>
  meResponseSchema.parse((await as(t.app, s).get('/api/auth/me')).json())
const change = (s: TestSession, currentPassword: string, newPassword: string) =>
  as(t.app, s).send('POST', '/api/auth/password', { currentPassword, newPassword })

const WEAK: Array<[string, string, RegExp]> = [
  ['12345678', 'too short', /ít nhất 10 ký tự \(mới có 8\)/],
  ['1234567890', 'a sequence in the common list', /danh sách mật khẩu phổ biến/],
  ['password12', 'the common list', /danh sách mật khẩu phổ biến/],
  ['demo123456', 'the demo password made longer', /danh sách mật khẩu phổ biến/],
  ['congdoan2026', 'a word everyone here tries', /ai cũng thử trước/],
  [' '.repeat(10), 'ten spaces', /chỉ gồm dấu cách/],
  ['\u0000'.repeat(10), 'ten NUL characters', /ký tự điều khiển/],
  ['sen\thong-xe-dap', 'a tab inside', /ký tự điều khiển/],
  ['qwertyuiop', 'a keyboard row', /phổ biến|bàn phím/],
]

describe('the password rule, for the admin, the reset and the self-service change', () => {
  it.each(WEAK)(
    '%j (%s) is refused with a Vietnamese reason naming the field',
    async (password, _why, reason) => {
      const created = expectInvalid(
        await admin.send('POST', '/api/users', newViewer({ password })),
        'password',
      )
      expect(created.error.message).toMatch(reason)
      const reset = expectInvalid(await admin.send('PATCH', '/api/users/3', { password }), 'password')
      expect(reset.error.message).toMatch(reason)
    },
  )

  it('the username itself, or built on it, is refused', async () => {
    const body = newViewer({ username: 'nguyenthilan', password: 'nguyenthilan' })
    const res = expectInvalid(await admin.send('POST', '/api/users', body), 'password')
    expect(res.error.message).toBe('Mật khẩu không được trùng hoặc chứa tên đăng nhập.')
    expectInvalid(
      await admin.send('POST', '/api/users', { ...body, password: 'nguyenthilan-2026' }),
      'password',
    )
  })

  it('the same rule for the self-service change; nothing changes on refusal', async () => {
    const s = await signIn(t.app, 'd001')
    for (const [weak] of WEAK) expectInvalid(await change(s, DEMO_PASSWORD, weak), 'newPassword')
    expectInvalid(await change(s, DEMO_PASSWORD, 'd001-d001-d001'), 'newPassword')
    expect((await me(s)).user?.username).toBe('d001')
    await signIn(t.app, 'd001', DEMO_PASSWORD)
  })

  it('a good password is accepted, whatever the keyboard wrote for its diacritics (NFC)', async () => {
    const decomposed = 'Hoa-sen-nở-hồ-Tây'.normalize('NFD')
    const res = await admin.send('POST', '/api/users', newViewer({ password: decomposed }))
    expect(res.statusCode, res.body).toBe(201)
    const { username } = userWithPasswordSchema.parse(res.json())
    await signIn(t.app, username, 'Hoa-sen-nở-hồ-Tây'.normalize('NFC'))
  })
})

describe('one-time passwords and the first sign-in', () => {
  it('an account created without a password gets a one-time password, shown once, to be changed', async () => {
    const res = await admin.send('POST', '/api/users', newViewer())
    expect(res.statusCode).toBe(201)
    const user = userWithPasswordSchema.parse(res.json())
    expect(user.mustChangePassword).toBe(true)
    expect(user.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    expect(JSON.stringify((await admin.get('/api/users')).json())).not.toContain(user.oneTimePassword)

    const first = await signIn(t.app, user.username, user.oneTimePassword)
    expect(first.user.mustChangePassword).toBe(true)
    const refused = expectError(
      await as(t.app, first).get('/api/reports?year=2024'),
      403,
      'password_change_required',
    )
    expect(refused.error.message).toMatch(/đổi mật khẩu/)
    expectError(await as(t.app, first).get('/api/dashboard?year=2024'), 403, 'password_change_required')
    expect((await me(first)).user?.mustChangePassword).toBe(true)

    const changed = await change(first, user.oneTimePassword ?? '', 'trong-dong-ngoc-lu-2026')
    expect(changed.statusCode, changed.body).toBe(200)
    const body = loginResponseSchema.parse(changed.json())
    expect(body.user.mustChangePassword).toBe(false)
    // The session cookie is renewed; the old token is gone.
    const cookie = changed.cookies.find((c) => c.name === 'ldld_session')
    expect(cookie?.value).toMatch(/^[\w-]{43}$/)
    expect((await me(first)).user).toBeNull()
    const next: TestSession = {
      user: body.user,
      cookie: `ldld_session=${cookie?.value ?? ''}`,
      csrf: body.csrfToken,
    }
    expect((await as(t.app, next).get('/api/reports?year=2024')).statusCode).toBe(200)
    expectError(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.oneTimePassword },
      }),
      401,
      'invalid_credentials',
    )
  })

  it('the same one-time password cannot be kept', async () => {
    const user = userWithPasswordSchema.parse((await admin.send('POST', '/api/users', newViewer())).json())
    const s = await signIn(t.app, user.username, user.oneTimePassword)
    const res = expectInvalid(
      await change(s, user.oneTimePassword ?? '', user.oneTimePassword ?? ''),
      'newPassword',
    )
    expect(res.error.message).toBe('Mật khẩu mới phải khác mật khẩu hiện tại.')
  })

  it('an admin reset makes a new one-time password and ends the user’s sessions', async () => {
    const s = await signIn(t.app, 'viewer')
    const res = await admin.send('PATCH', '/api/users/3', { resetPassword: true })
    const user = userWithPasswordSchema.parse(res.json())
    expect(user).toMatchObject({ username: 'viewer', mustChangePassword: true })
    expect((await me(s)).user).toBeNull()
    const again = await signIn(t.app, 'viewer', user.oneTimePassword)
    expectError(
      await as(t.app, again).get('/api/organisations/007/years/2024/values'),
      403,
      'password_change_required',
    )
    expect((await change(again, user.oneTimePassword ?? '', 'vuon-chuoi-bo-ho-2026')).statusCode).toBe(200)
  })

  it('demo accounts are not asked to change their documented password', async () => {
    expect((await signIn(t.app, 'city')).user.mustChangePassword).toBe(false)
  })
})

describe('POST /api/auth/password', () => {
  it('needs a session (401) and the CSRF token (403)', async () => {
    const body = { currentPassword: DEMO_PASSWORD, newPassword: 'trong-dong-ngoc-lu-2026' }
    expectError(
      await t.app.inject({ method: 'POST', url: '/api/auth/password', payload: body }),
      401,
      'unauthenticated',
    )
    const s = await signIn(t.app, 'd007')
    expectError(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie: s.cookie },
        payload: body,
      }),
      403,
      'csrf_failed',
    )
  })

  it('a wrong current password → 400 naming it, counted by the sign-in throttle', async () => {
    const s = await signIn(t.app, 'd007')
    const res = expectInvalid(await change(s, 'sai-mat-khau', 'trong-dong-ngoc-lu-2026'), 'currentPassword')
    expect(res.error.message).toBe('Mật khẩu hiện tại không đúng.')
    for (let i = 0; i < 4; i += 1) await change(s, 'sai-mat-khau', 'trong-dong-ngoc-lu-2026')
    expectError(await change(s, DEMO_PASSWORD, 'trong-dong-ngoc-lu-2026'), 429, 'too_many_attempts')
  })

  it('ends every other session of the user; this browser stays signed in with a new cookie', async () => {
    const phone = await signIn(t.app, 'city')
    const laptop = await signIn(t.app, 'city')
    const res = await change(laptop, DEMO_PASSWORD, 'cau-long-bien-mua-thu')
    expect(res.statusCode, res.body).toBe(200)
    expect((await me(phone)).user).toBeNull()
    const cookie = res.cookies.find((c) => c.name === 'ldld_session')?.value ?? ''
    const renewed = meResponseSchema.parse(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: `ldld_session=${cookie}` },
        })
      ).json(),
    )
    expect(renewed.user?.username).toBe('city')
    await signIn(t.app, 'city', 'cau-long-bien-mua-thu')
  })
})
