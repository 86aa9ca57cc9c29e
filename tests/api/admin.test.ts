// Administration: users, the public-view setting, indicators added to a year's plan, new units
// (a ward union from 2025-10-01), and the city's list of reports.
import {
  dashboardResponseSchema,
  indicatorSchema,
  organisationSchema,
  organisationsResponseSchema,
  reportListResponseSchema,
  reportResponseSchema,
  userSchema,
  usersResponseSchema,
} from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { newIndicatorBody, newWardBody } from '../fixtures/bodies.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let admin: Caller
beforeAll(async () => {
  admin = as(t.app, await signIn(t.app, 'admin'))
})

const newUser = (extra: object) => ({
  username: 'lan.nguyen',
  displayName: 'Nguyễn Thị Lan',
  role: 'district',
  unit: '008',
  password: 'mat-khau-2025',
  ...extra,
})

describe('users — validation', () => {
  it.each([
    ['a username with spaces', { username: 'lan nguyen' }, 'username'],
    ['a short password', { password: 'ngan' }, 'password'],
    ['an unknown role', { role: 'boss' }, 'role'],
    ['a district user without a unit', { unit: null }, 'unit'],
    ['a viewer bound to a unit', { role: 'viewer' }, 'unit'],
    ['an extra field', { isAdmin: true }, 'isAdmin'],
  ])('%s → 400', async (_name, extra, path) => {
    expectInvalid(await admin.send('POST', '/api/users', newUser(extra)), path)
  })

  it('an unknown unit → 422; a taken username → 409', async () => {
    expectError(await admin.send('POST', '/api/users', newUser({ unit: '999' })), 422, 'invalid_unit')
    const body = expectError(
      await admin.send('POST', '/api/users', newUser({ username: 'D007' })),
      409,
      'username_taken',
    )
    expect(body.error.message).toBe('Tên đăng nhập "d007" đã có người dùng.')
  })

  it('PATCH: unknown id → 404, malformed id or body → 400', async () => {
    expectError(await admin.send('PATCH', '/api/users/999', { displayName: 'X' }), 404, 'user_not_found')
    expectInvalid(await admin.send('PATCH', '/api/users/abc', { displayName: 'X' }), 'id')
    expectInvalid(await admin.send('PATCH', '/api/users/3', { active: 'no' }), 'active')
    expectInvalid(await admin.send('PATCH', '/api/users/3', { username: 'x' }), 'username')
  })

  it('the last active admin cannot be deactivated or demoted', async () => {
    expectError(await admin.send('PATCH', '/api/users/1', { active: false }), 409, 'last_admin')
    expectError(await admin.send('PATCH', '/api/users/1', { role: 'viewer' }), 409, 'last_admin')
  })
})

describe('users — happy path', () => {
  it('lists the accounts without password hashes', async () => {
    const res = await admin.get('/api/users')
    const { users } = usersResponseSchema.parse(res.json())
    expect(users.map((u) => [u.username, u.role, u.unit])).toEqual([
      ['admin', 'admin', null],
      ['cd00256', 'district', '00256'],
      ['city', 'city', null],
      ['d001', 'district', '001'],
      ['d007', 'district', '007'],
      ['viewer', 'viewer', null],
    ])
    expect(res.body).not.toMatch(/argon2|passwordHash|password_hash/i)
  })

  it('creates a district user who signs in and works on their own unit', async () => {
    const res = await admin.send('POST', '/api/users', newUser({ username: ' Lan.Nguyen ' }))
    expect(res.statusCode).toBe(201)
    expect(userSchema.parse(res.json())).toMatchObject({
      username: 'lan.nguyen',
      role: 'district',
      unit: '008',
      active: true,
      mustChangePassword: true,
    })
    // The password the admin typed is one-time: the first sign-in changes it.
    const first = as(t.app, await signIn(t.app, 'lan.nguyen', 'mat-khau-2025'))
    expectError(await first.get('/api/organisations/008/years/2024/values'), 403, 'password_change_required')
    const changed = await first.send('POST', '/api/auth/password', {
      currentPassword: 'mat-khau-2025',
      newPassword: 'hoa-sen-ho-tay-2026',
    })
    expect(changed.statusCode, changed.body).toBe(200)
    const lan = as(t.app, await signIn(t.app, 'lan.nguyen', 'hoa-sen-ho-tay-2026'))
    expect((await lan.get('/api/organisations/008/years/2024/values')).statusCode).toBe(200)
    expectError(await lan.get('/api/organisations/007/years/2024/values'), 403, 'forbidden')
  })

  it('changes role and unit; a non-district role drops the unit', async () => {
    const list = usersResponseSchema.parse((await admin.get('/api/users')).json()).users
    const lan = list.find((u) => u.username === 'lan.nguyen')
    const moved = userSchema.parse(
      (await admin.send('PATCH', `/api/users/${lan?.id}`, { unit: '009' })).json(),
    )
    expect(moved.unit).toBe('009')
    const viewer = userSchema.parse(
      (await admin.send('PATCH', `/api/users/${lan?.id}`, { role: 'viewer' })).json(),
    )
    expect(viewer).toMatchObject({ role: 'viewer', unit: null })
  })
})

describe('settings', () => {
  it('validation: a non-boolean or an unknown setting → 400', async () => {
    expectInvalid(await admin.send('PUT', '/api/settings', { publicRead: 'yes' }), 'publicRead')
    expectInvalid(await admin.send('PUT', '/api/settings', { publicRead: true, theme: 'dark' }), 'theme')
  })

  it('GET and PUT publicRead', async () => {
    expect((await admin.get('/api/settings')).json()).toEqual({ publicRead: true })
    expect((await admin.send('PUT', '/api/settings', { publicRead: false })).json()).toEqual({
      publicRead: false,
    })
    expect((await admin.get('/api/settings')).json()).toEqual({ publicRead: false })
    await admin.send('PUT', '/api/settings', { publicRead: true })
  })
})

describe('POST /api/indicators', () => {
  it('validation: malformed key or unit kind → 400; a taken key → 409', async () => {
    expectInvalid(await admin.send('POST', '/api/indicators', newIndicatorBody({ key: 'Digital' })), 'key')
    expectInvalid(
      await admin.send('POST', '/api/indicators', newIndicatorBody({ unitKind: 'percent' })),
      'unitKind',
    )
    expectInvalid(
      await admin.send('POST', '/api/indicators', newIndicatorBody({ firstYear: '2025' })),
      'firstYear',
    )
    expectError(
      await admin.send('POST', '/api/indicators', newIndicatorBody({ key: 'new_members' })),
      409,
      'indicator_exists',
    )
  })

  it('adds an indicator to the plan from its first year: entered in 2025, absent from 2024', async () => {
    const res = await admin.send('POST', '/api/indicators', newIndicatorBody())
    expect(res.statusCode).toBe(201)
    expect(indicatorSchema.parse(res.json())).toMatchObject({
      key: 'digital_members',
      firstYear: 2025,
      lastYear: null,
      sortOrder: 13,
    })
    const district = as(t.app, await signIn(t.app, 'd007'))
    const report = reportResponseSchema.parse(
      (await district.get('/api/organisations/007/years/2025/values')).json(),
    )
    expect(report.values.at(-1)?.indicator).toBe('digital_members')
    const saved = await district.send('PUT', '/api/organisations/007/years/2025/values', {
      version: report.version,
      values: [{ indicator: 'digital_members', actual: 1200 }],
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const old = reportResponseSchema.parse(
      (await district.get('/api/organisations/007/years/2024/values')).json(),
    )
    expect(old.values.map((v) => v.indicator)).not.toContain('digital_members')
  })
})

describe('POST /api/organisations', () => {
  it('validation: bad dates → 400; end before start → 422; unknown parent → 422; a taken code → 409', async () => {
    expectInvalid(
      await admin.send('POST', '/api/organisations', newWardBody({ validFrom: '01/10/2025' })),
      'validFrom',
    )
    expectInvalid(await admin.send('POST', '/api/organisations', newWardBody({ kind: 'village' })), 'kind')
    expectError(
      await admin.send('POST', '/api/organisations', newWardBody({ validTo: '2025-01-01' })),
      422,
      'invalid_validity',
    )
    expectError(
      await admin.send('POST', '/api/organisations', newWardBody({ parentCode: '99' })),
      422,
      'unknown_parent',
    )
    expectError(
      await admin.send('POST', '/api/organisations', newWardBody({ code: '007' })),
      409,
      'unit_exists',
    )
  })

  it('the full name is derived from kind and type, never typed; a type that contradicts the kind → 422', async () => {
    expectInvalid(
      await admin.send('POST', '/api/organisations', newWardBody({ fullName: 'LĐLĐ phường Hai Bà Trưng' })),
      'fullName',
    )
    const body = expectError(
      await admin.send('POST', '/api/organisations', newWardBody({ code: 'W1', adminType: 'quan' })),
      422,
      'invalid_admin_type',
    )
    expect(body.error.message).toBe('Công đoàn phường chỉ có cấp hành chính "phường".')
    expectError(
      await admin.send(
        'POST',
        '/api/organisations',
        newWardBody({ code: 'W1', kind: 'district', adminType: 'phuong' }),
      ),
      422,
      'invalid_admin_type',
    )
  })

  it('refuses a second city-level unit (409 city_exists) and a city with a parent (422), saving nothing', async () => {
    const root = { kind: 'city', adminType: null, parentCode: null, code: 'HN2' }
    expectError(await admin.send('POST', '/api/organisations', newWardBody(root)), 409, 'city_exists')
    expectError(
      await admin.send('POST', '/api/organisations', newWardBody({ ...root, parentCode: '01' })),
      422,
      'invalid_parent',
    )
    const { organisations } = organisationsResponseSchema.parse(
      (await t.app.inject({ method: 'GET', url: '/api/organisations' })).json(),
    )
    expect(organisations.filter((o) => o.kind === 'city')).toHaveLength(1)
    expect(organisations.some((o) => o.code === 'HN2')).toBe(false)
  })

  it('adds a ward union valid from 2025-10-01: on the 2025 dashboard and report list, not before', async () => {
    const res = await admin.send('POST', '/api/organisations', newWardBody())
    expect(res.statusCode).toBe(201)
    expect(organisationSchema.parse(res.json())).toEqual({
      code: '00031',
      name: 'Hai Bà Trưng',
      fullName: 'Công đoàn phường Hai Bà Trưng',
      kind: 'ward',
      adminType: 'phuong',
      parentCode: '01',
      validFrom: '2025-10-01',
      validTo: null,
    })
    const board = dashboardResponseSchema.parse(
      (await t.app.inject({ method: 'GET', url: '/api/dashboard?year=2025' })).json(),
    )
    expect(board.units.map((u) => u.code)).toContain('00031')
    const list = reportListResponseSchema.parse((await admin.get('/api/reports?year=2025')).json())
    // 30 districts (to 30/6), 84 commune and ward unions and the KCN union (from 1/10), and this one.
    expect(list.reports).toHaveLength(30 + 84 + 1 + 1)
    expect(list.reports.at(-1)).toMatchObject({
      unit: '00031',
      status: 'draft',
      version: 0,
      filled: 0,
      expected: 13,
    })
    expectError(await admin.get('/api/organisations/00031/years/2024/values'), 422, 'unit_not_valid')
  })
})

describe('GET /api/reports', () => {
  it('validation: a missing or malformed year → 400', async () => {
    expectInvalid(await admin.get('/api/reports'), 'year')
    expectInvalid(await admin.get('/api/reports?year=abc'), 'year')
  })

  it('a district sees its own line only; the city sees every unit with how much is filled', async () => {
    const mine = reportListResponseSchema.parse(
      (await as(t.app, await signIn(t.app, 'd001')).get('/api/reports?year=2024')).json(),
    )
    expect(mine.reports.map((r) => r.unit)).toEqual(['001'])
    const all = reportListResponseSchema.parse(
      (await as(t.app, await signIn(t.app, 'city')).get('/api/reports?year=2024')).json(),
    )
    expect(all.reports).toHaveLength(30)
    expect(all.reports.find((r) => r.unit === '007')).toMatchObject({
      unitName: 'Hai Bà Trưng',
      status: 'draft',
      filled: 12,
      expected: 12,
    })
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
