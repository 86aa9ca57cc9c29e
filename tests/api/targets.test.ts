// The city's target grid: GET/PUT /api/targets/:year, one transaction with a version per unit.
import {
  dashboardResponseSchema,
  historyResponseSchema,
  reportListResponseSchema,
  targetsConflictErrorSchema,
  targetsResponseSchema,
  type Targets,
} from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'
import { cellOf, countRows, setReportState } from '../fixtures/reports.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let city: Caller
beforeAll(async () => {
  city = as(t.app, await signIn(t.app, 'city'))
})

async function grid(year: number): Promise<Targets> {
  const res = await city.get(`/api/targets/${year}`)
  expect(res.statusCode, res.body).toBe(200)
  return targetsResponseSchema.parse(res.json())
}
const target = (g: Targets, unit: string, indicator: string) =>
  g.cells.find((c) => c.unit === unit && c.indicator === indicator)?.target
const putTargets = (year: number, body: unknown) => city.send('PUT', `/api/targets/${year}`, body)
const versionsOf = (g: Targets, ...units: string[]) =>
  Object.fromEntries(units.map((u) => [u, g.reports[u]?.version ?? 0]))

describe('PUT /api/targets/:year — validation (nothing is written)', () => {
  it.each([
    ['no values', { versions: {}, values: [] }, 'values'],
    [
      'a negative target',
      { versions: { '001': 0 }, values: [{ unit: '001', indicator: 'new_members', target: -1 }] },
      'values.0.target',
    ],
    [
      'a fractional target',
      { versions: { '001': 0 }, values: [{ unit: '001', indicator: 'new_members', target: 1.5 }] },
      'values.0.target',
    ],
    [
      'a target as text',
      { versions: { '001': 0 }, values: [{ unit: '001', indicator: 'new_members', target: '15' }] },
      'values.0.target',
    ],
    [
      'a version as text',
      { versions: { '001': '0' }, values: [{ unit: '001', indicator: 'new_members', target: 15 }] },
      'versions.001',
    ],
    [
      'a missing versions map',
      { values: [{ unit: '001', indicator: 'new_members', target: 15 }] },
      'versions',
    ],
  ])('%s → 400', async (_name, body, path) => {
    expectInvalid(await putTargets(2024, body), path)
  })

  it.each([
    [
      'an unknown unit',
      { unit: 'xyz', indicator: 'new_members', target: 1 },
      'unknown_unit',
      'values.0.unit',
      'Không có đơn vị "xyz".',
    ],
    [
      'an indicator that takes no target',
      { unit: '001', indicator: 'members_total', target: 1 },
      'unknown_indicator',
      'values.0.indicator',
      'Chỉ tiêu "members_total" không được giao chỉ tiêu trong năm 2024.',
    ],
    [
      'an unknown indicator',
      { unit: '001', indicator: 'new_robots', target: 1 },
      'unknown_indicator',
      'values.0.indicator',
      'Chỉ tiêu "new_robots" không được giao chỉ tiêu trong năm 2024.',
    ],
    [
      'a count above 10 million',
      { unit: '001', indicator: 'new_members', target: 20_000_000 },
      'invalid_values',
      'values.0.target',
      'Đoàn viên kết nạp mới: chỉ tiêu quá lớn.',
    ],
  ])('%s → 422 naming it', async (_name, value, code, path, message) => {
    const body = expectError(
      await putTargets(2024, { versions: { '001': 0, xyz: 0 }, values: [value] }),
      422,
      code,
    )
    expect(body.error.issues).toEqual([{ path, message }])
  })

  it('a unit not valid that year, and a unit without its version → 422', async () => {
    const body = expectError(
      await putTargets(2026, {
        versions: { '007': 0 },
        values: [{ unit: '007', indicator: 'new_members', target: 1 }],
      }),
      422,
      'unknown_unit',
    )
    expect(body.error.issues?.[0]?.message).toBe('Đơn vị Hai Bà Trưng (007) không hoạt động trong năm 2026.')
    const missing = expectError(
      await putTargets(2024, {
        versions: {},
        values: [{ unit: '001', indicator: 'new_members', target: 1 }],
      }),
      422,
      'invalid_values',
    )
    expect(missing.error.issues).toEqual([
      { path: 'versions.001', message: 'Thiếu phiên bản đã đọc của đơn vị 001.' },
    ])
  })

  it('a 2025 target for a union founded on 1/10/2025 → 422 saying why (its first targets are 2026)', async () => {
    const before = await grid(2025)
    const history = countRows(t.db, 'history')
    const body = expectError(
      await putTargets(2025, {
        versions: versionsOf(before, '00004', '001'),
        values: [
          { unit: '001', indicator: 'new_members', target: 1200 },
          { unit: '00004', indicator: 'new_members', target: 300 },
        ],
      }),
      422,
      'invalid_values',
    )
    expect(body.error.issues).toEqual([
      {
        path: 'values.1.target',
        message:
          'Công đoàn phường Ba Đình hoạt động từ 1/10/2025, không giao chỉ tiêu năm 2025 ' +
          '(số liệu cuối năm chỉ để theo dõi; chỉ tiêu đầu tiên là của năm 2026).',
      },
    ])
    expect(await grid(2025)).toEqual(before)
    expect(countRows(t.db, 'history')).toBe(history)
    // The same refusal through the entry form's save, which also sets targets.
    const viaReport = expectError(
      await city.send('PUT', '/api/organisations/00004/years/2025/values', {
        version: 0,
        values: [{ indicator: 'new_members', target: 300 }],
      }),
      422,
      'invalid_values',
    )
    expect(viaReport.error.issues?.[0]?.path).toBe('values.0.target')
    const report = await city.get('/api/organisations/00004/years/2025/values')
    expect(report.json()).toMatchObject({ can: { editTarget: false } })
  })

  it('one bad cell among good ones → nothing saved', async () => {
    const before = await grid(2024)
    const history = countRows(t.db, 'history')
    const res = await putTargets(2024, {
      versions: versionsOf(before, '001', '002'),
      values: [
        { unit: '001', indicator: 'new_members', target: 3000 },
        { unit: '002', indicator: 'new_members', target: 20_000_000 },
      ],
    })
    expectError(res, 422, 'invalid_values')
    expect(await grid(2024)).toEqual(before)
    expect(countRows(t.db, 'history')).toBe(history)
  })
})

describe('PUT /api/targets/:year — conflicts and locks', () => {
  it('a district saving its actuals after the grid was read does not make the grid stale (per-cell)', async () => {
    const read = await grid(2023)
    const district = as(t.app, await signIn(t.app, 'd001'))
    const saved = await district.send('PUT', '/api/organisations/001/years/2023/values', {
      version: read.reports['001']?.version,
      values: [{ indicator: 'cla_signed', actual: 77 }],
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const res = await putTargets(2023, {
      versions: versionsOf(read, '001'),
      values: [{ unit: '001', indicator: 'new_members', target: 3050 }],
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(target(targetsResponseSchema.parse(res.json()), '001', 'new_members')).toBe(3050)
    expect(cellOf(t.db, '001', 'cla_signed', 2023)?.actual).toBe(77)
  })

  it('a target someone else changed since the grid was read → 409 naming the cell and their value; nothing saved', async () => {
    const read = await grid(2023)
    const admin = as(t.app, await signIn(t.app, 'admin'))
    const first = await admin.send('PUT', '/api/targets/2023', {
      versions: versionsOf(read, '001'),
      values: [{ unit: '001', indicator: 'new_members', target: 3333 }],
    })
    expect(first.statusCode, first.body).toBe(200)
    const res = await putTargets(2023, {
      versions: versionsOf(read, '001', '002'),
      values: [
        { unit: '001', indicator: 'new_members', target: 3100 },
        { unit: '002', indicator: 'new_members', target: 3200 },
      ],
    })
    expect(res.statusCode).toBe(409)
    const body = targetsConflictErrorSchema.parse(res.json())
    expect(body.error.units).toEqual(['001'])
    expect(body.error.cells.map(({ at, ...cell }) => ({ ...cell, at: Date.parse(at ?? '') > 0 }))).toEqual([
      {
        unit: '001',
        indicator: 'new_members',
        field: 'target',
        yours: 3100,
        theirs: 3333,
        by: 'Quản trị (demo)',
        at: true,
      },
    ])
    expect(body.error.current).toEqual(await grid(2023))
    expect(target(await grid(2023), '002', 'new_members')).toBe(target(read, '002', 'new_members'))
  })

  it('a locked (accepted) unit → 423 and nothing saved', async () => {
    setReportState(t.db, '003', 2022, 'accepted')
    const read = await grid(2022)
    const body = expectError(
      await putTargets(2022, {
        versions: versionsOf(read, '003', '004'),
        values: [
          { unit: '004', indicator: 'new_unions', target: 99 },
          { unit: '003', indicator: 'new_unions', target: 98 },
        ],
      }),
      423,
      'report_locked',
    )
    expect(body.error.message).toMatch(/003/)
    expect(target(await grid(2022), '004', 'new_unions')).toBe(target(read, '004', 'new_unions'))
  })
})

describe('targets — the units of a year', () => {
  it('2026 lists the 84 commune and ward unions and the KCN union; 2025 the 30 districts too', async () => {
    const y2026 = await grid(2026)
    expect(y2026.units).toHaveLength(85)
    expect(y2026.units.find((u) => u.code === 'KCN')).toMatchObject({ kind: 'industrial_zone' })
    expect(target(y2026, 'KCN', 'new_members')).toEqual(expect.any(Number))
    const y2025 = await grid(2025)
    expect(y2025.units).toHaveLength(115)
    expect(y2025.units.filter((u) => u.kind === 'district')).toHaveLength(30)
  })

  it('the report list of 2026 has a line per union with its kind and whether it has started', async () => {
    const list = reportListResponseSchema.parse((await city.get('/api/reports?year=2026')).json())
    expect(list.reports).toHaveLength(85)
    expect(list.reports.find((r) => r.unit === 'KCN')).toMatchObject({
      kind: 'industrial_zone',
      status: 'accepted',
      started: true,
    })
    // The demo's 18 unions nobody has started read as version-0 drafts, told apart by `started`.
    const notStarted = list.reports.filter((r) => !r.started)
    expect(notStarted).toHaveLength(18)
    expect(notStarted.every((r) => r.status === 'draft' && r.version === 0)).toBe(true)
    // A target the city sets does not start a union's report: only the union's own figures do.
    const idle = notStarted[0]?.unit ?? ''
    const before = await grid(2026)
    const saved = await putTargets(2026, {
      versions: versionsOf(before, idle),
      values: [{ unit: idle, indicator: 'new_members', target: 321 }],
    })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(targetsResponseSchema.parse(saved.json()).reports[idle]).toMatchObject({ started: false })
    const again = reportListResponseSchema.parse((await city.get('/api/reports?year=2026')).json())
    expect(again.reports.find((r) => r.unit === idle)).toMatchObject({ status: 'draft', started: false })
    expect(list.reports.find((r) => r.unit === '00256')).toMatchObject({
      unitName: 'Hai Bà Trưng',
      kind: 'ward',
      adminType: 'phuong',
      validFrom: '2025-10-01',
      validTo: null,
    })
  })
})

describe('targets — happy path', () => {
  it('GET: the year plan indicators that take a target × the 30 units, last year beside, versions per unit', async () => {
    const g = await grid(2024)
    expect(g.indicators).toEqual([
      'new_unions',
      'new_unions_25plus',
      'new_members',
      'party_referrals',
      'cla_signed',
      'union_fee',
      'dues',
    ])
    expect(g.units).toHaveLength(30)
    expect(g.cells).toHaveLength(30 * 7)
    expect(g.cells.find((c) => c.unit === '007' && c.indicator === 'new_members')).toEqual({
      unit: '007',
      indicator: 'new_members',
      target: 2150,
      // The demo's targets are invented: the grid marks them "mh" like the dashboard.
      illustrative: true,
      previousTarget: cellOf(t.db, '007', 'new_members', 2023)?.target ?? null,
    })
    expect(g.reports['01']).toEqual({ version: 0, status: 'draft', started: false })
    expect(g.city.map((c) => c.indicator)).toEqual(g.indicators)
  })

  it('saves several units and the city unit in one go: one version step and history row per change', async () => {
    const read = await grid(2025)
    const res = await putTargets(2025, {
      versions: versionsOf(read, '001', '007', '01'),
      values: [
        { unit: '001', indicator: 'new_members', target: 2600 },
        { unit: '001', indicator: 'new_unions', target: 30 },
        { unit: '007', indicator: 'new_members', target: 2300 },
        { unit: '01', indicator: 'new_members', target: 60_000 },
      ],
    })
    const saved = targetsResponseSchema.parse(res.json())
    expect(res.statusCode).toBe(200)
    expect(target(saved, '001', 'new_members')).toBe(2600)
    expect(saved.city.find((c) => c.indicator === 'new_members')?.target).toBe(60_000)
    expect(saved.reports['001']?.version).toBe((read.reports['001']?.version ?? 0) + 1)
    expect(saved.reports['01']?.version).toBe((read.reports['01']?.version ?? 0) + 1)
    expect(saved).toEqual(await grid(2025))
    const { entries } = historyResponseSchema.parse(
      (await city.get('/api/organisations/001/years/2025/history')).json(),
    )
    const CITY = 'Cán bộ LĐLĐ thành phố (demo)'
    expect(entries.map((e) => [e.indicator, e.field, e.oldValue, e.newValue, e.user])).toEqual([
      ['new_unions', 'target', null, '30', CITY],
      ['new_members', 'target', null, '2600', CITY],
    ])
    expect(saved.cells.find((c) => c.unit === '001' && c.indicator === 'new_members')?.illustrative).toBe(
      false,
    )
  })

  it('an unchanged grid saves nothing; the dashboard shows new targets at once', async () => {
    const read = await grid(2025)
    const again = targetsResponseSchema.parse(
      (
        await putTargets(2025, {
          versions: versionsOf(read, '001'),
          values: [{ unit: '001', indicator: 'new_members', target: 2600 }],
        })
      ).json(),
    )
    expect(again.reports['001']).toEqual(read.reports['001'])
    setReportState(t.db, '002', 2021, 'draft')
    const g = await grid(2021)
    await putTargets(2021, {
      versions: versionsOf(g, '002'),
      values: [{ unit: '002', indicator: 'new_members', target: 1 }],
    })
    const board = dashboardResponseSchema.parse(
      (await t.app.inject({ method: 'GET', url: '/api/dashboard?year=2021' })).json(),
    )
    expect(board.cells.find((c) => c.unit === '002' && c.indicator === 'new_members')?.target).toBe(1)
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
