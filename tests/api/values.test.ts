// GET/PUT /api/organisations/:code/years/:year/values: bad input, the version check, atomic saves,
// what a save stores (and records in history), and that the dashboard shows it at once.
import {
  conflictErrorSchema,
  dashboardResponseSchema,
  historyResponseSchema,
  MAX_MONEY,
  reportResponseSchema,
  type Report,
} from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'
import { cellOf, clearYear, countRows, reportVersion } from '../fixtures/reports.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let district: Caller
let admin: Caller
let city: Caller
beforeAll(async () => {
  // These tests start from a 2025 report nobody has entered anything in yet.
  clearYear(t.db, '007', 2025)
  district = as(t.app, await signIn(t.app, 'd007'))
  admin = as(t.app, await signIn(t.app, 'admin'))
  city = as(t.app, await signIn(t.app, 'city'))
})

const url = (year: number, unit = '007') => `/api/organisations/${unit}/years/${year}/values`

async function read(c: Caller, year: number, unit = '007'): Promise<Report> {
  const res = await c.get(url(year, unit))
  expect(res.statusCode, res.body).toBe(200)
  return reportResponseSchema.parse(res.json())
}
const valueOf = (r: Report, indicator: string) => r.values.find((v) => v.indicator === indicator)

function put(c: Caller, year: number, values: unknown[], version = reportVersion(t.db, '007', year)) {
  return c.send('PUT', url(year), { version, values })
}

describe('PUT values — validation (nothing is written)', () => {
  it('malformed JSON → 400 invalid_json', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: url(2025),
      headers: {
        ...(await signIn(t.app, 'd007').then((s) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf }))),
        'content-type': 'application/json',
      },
      payload: '{"version": 0, "values": [',
    })
    expectError(res, 400, 'invalid_json')
  })

  it.each([
    ['a missing version', { values: [{ indicator: 'new_members', actual: 1 }] }, 'version'],
    [
      'a version given as text',
      { version: '0', values: [{ indicator: 'new_members', actual: 1 }] },
      'version',
    ],
    ['no values', { version: 0, values: [] }, 'values'],
    [
      'an actual given as text',
      { version: 0, values: [{ indicator: 'new_members', actual: '12' }] },
      'values.0.actual',
    ],
    [
      'a negative count',
      { version: 0, values: [{ indicator: 'new_members', actual: -5 }] },
      'values.0.actual',
    ],
    [
      'a fractional count',
      { version: 0, values: [{ indicator: 'new_members', actual: 12.5 }] },
      'values.0.actual',
    ],
    [
      'an amount above 10^15 đồng',
      { version: 0, values: [{ indicator: 'dues', actual: MAX_MONEY + 1 }] },
      'values.0.actual',
    ],
    [
      'a negative target',
      { version: 0, values: [{ indicator: 'new_members', target: -1 }] },
      'values.0.target',
    ],
    ['a misspelt field', { version: 0, values: [{ indicator: 'new_members', actul: 1 }] }, 'values.0.actul'],
    [
      'a malformed indicator key',
      { version: 0, values: [{ indicator: 'New Members', actual: 1 }] },
      'values.0.indicator',
    ],
    [
      'the same indicator twice',
      {
        version: 0,
        values: [
          { indicator: 'cla_signed', actual: 1 },
          { indicator: 'cla_signed', actual: 2 },
        ],
      },
      'values',
    ],
    [
      'a note over 2.000 characters',
      { version: 0, values: [{ indicator: 'cla_signed', note: 'x'.repeat(2001) }] },
      'values.0.note',
    ],
    [
      'an extra top-level field',
      { version: 0, values: [{ indicator: 'cla_signed', actual: 1 }], force: true },
      'force',
    ],
  ])('%s → 400 naming the field', async (_name, body, path) => {
    const history = countRows(t.db, 'history')
    const body400 = expectInvalid(await district.send('PUT', url(2025), body), path)
    expect(body400.error.message).toMatch(/^Yêu cầu không hợp lệ/)
    expect(countRows(t.db, 'history')).toBe(history)
  })

  it('explains a negative count in Vietnamese', async () => {
    const res = await put(district, 2025, [{ indicator: 'new_members', actual: -5 }])
    expect(expectInvalid(res, 'values.0.actual').error.issues?.[0]?.message).toBe('Không được là số âm.')
  })

  it('a count above 10 million → 422 invalid_values naming the field', async () => {
    const body = expectError(
      await put(district, 2025, [{ indicator: 'new_members', actual: 10_000_001 }]),
      422,
      'invalid_values',
    )
    expect(body.error.issues).toEqual([
      { path: 'values.0.actual', message: 'Đoàn viên kết nạp mới: số quá lớn.' },
    ])
  })

  it('an unknown indicator → 422 naming it; one outside the year plan too', async () => {
    const unknown = expectError(
      await put(district, 2025, [{ indicator: 'new_robots', actual: 1 }]),
      422,
      'unknown_indicator',
    )
    expect(unknown.error.issues).toEqual([
      { path: 'values.0.indicator', message: 'Không có chỉ tiêu "new_robots".' },
    ])
    // new_unions_25plus was added to the plan in 2024.
    const outside = expectError(
      await put(district, 2021, [{ indicator: 'new_unions_25plus', actual: 1 }]),
      422,
      'unknown_indicator',
    )
    expect(outside.error.issues?.[0]?.message).toBe(
      'Chỉ tiêu "new_unions_25plus" không có trong kế hoạch năm 2021.',
    )
  })

  it('a target on an indicator that takes none → 422 invalid_values', async () => {
    const body = expectError(
      await put(city, 2025, [{ indicator: 'members_total', target: 100 }]),
      422,
      'invalid_values',
    )
    expect(body.error.issues?.[0]?.path).toBe('values.0.target')
  })

  it('an unknown unit → 404; a unit not valid that year → 422; a malformed year → 400', async () => {
    expectError(
      await admin.send('PUT', url(2025, 'xyz'), {
        version: 0,
        values: [{ indicator: 'cla_signed', actual: 1 }],
      }),
      404,
      'unit_not_found',
    )
    const body = expectError(
      await put(district, 2026, [{ indicator: 'cla_signed', actual: 1 }], 0),
      422,
      'unit_not_valid',
    )
    expect(body.error.message).toBe('Đơn vị Hai Bà Trưng (007) không hoạt động trong năm 2026.')
    expectInvalid(
      await district.send('PUT', '/api/organisations/007/years/20x5/values', { version: 0, values: [] }),
      'year',
    )
  })

  it('a district writing another unit → 403, a viewer writing → 403', async () => {
    expectError(
      await district.send('PUT', url(2025, '001'), {
        version: 0,
        values: [{ indicator: 'cla_signed', actual: 1 }],
      }),
      403,
      'forbidden',
    )
    const viewer = as(t.app, await signIn(t.app, 'viewer'))
    expectError(await put(viewer, 2025, [{ indicator: 'cla_signed', actual: 1 }]), 403, 'forbidden')
  })
})

describe('PUT values — a save is whole or nothing', () => {
  it('one value breaking a rule among valid ones → 422 and nothing changes', async () => {
    const before = await read(district, 2024)
    const history = countRows(t.db, 'history')
    const res = await put(district, 2024, [
      { indicator: 'new_members', actual: 2600, note: 'Cập nhật' },
      { indicator: 'cla_signed', actual: 45 },
      // More members than workers is impossible.
      { indicator: 'members_total', actual: 30_000 },
    ])
    const body = expectError(res, 422, 'invalid_values')
    expect(body.error.issues).toEqual([
      { path: 'values.2.actual', message: 'Số đoàn viên không thể lớn hơn tổng số CNVCLĐ.' },
    ])
    expect(await read(district, 2024)).toEqual(before)
    expect(countRows(t.db, 'history')).toBe(history)
  })

  it('one malformed value among valid ones → 400 and nothing changes', async () => {
    const before = await read(district, 2024)
    const res = await put(district, 2024, [
      { indicator: 'new_members', actual: 2601 },
      { indicator: 'cla_signed', actual: 4.5 },
    ])
    expectInvalid(res, 'values.1.actual')
    expect(await read(district, 2024)).toEqual(before)
  })
})

describe('PUT values — conflicts per cell', () => {
  it('the same cell changed after the version read → 409 with the other person’s value; the first save kept', async () => {
    const seen = (await read(district, 2023)).version
    const first = await put(district, 2023, [{ indicator: 'new_unions', actual: 40, note: 'Số chốt' }], seen)
    expect(first.statusCode, first.body).toBe(200)
    const second = await put(admin, 2023, [{ indicator: 'new_unions', actual: 41 }], seen)
    expect(second.statusCode).toBe(409)
    const body = conflictErrorSchema.parse(second.json())
    expect(body.error.message).toMatch(/^1 ô bạn sửa đã được người khác thay đổi sau khi bạn mở báo cáo/)
    expect(body.error.cells.map(({ at, ...cell }) => ({ ...cell, at: Date.parse(at ?? '') > 0 }))).toEqual([
      {
        unit: '007',
        indicator: 'new_unions',
        field: 'actual',
        yours: 41,
        theirs: 40,
        by: 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)',
        at: true,
      },
    ])
    // `current` is the report exactly as the stale writer would GET it now.
    expect(body.error.current).toEqual(await read(admin, 2023))
    expect(cellOf(t.db, '007', 'new_unions', 2023)?.actual).toBe(40)
  })

  it('a different cell of the same report saves on the old version; both edits are kept', async () => {
    const seen = (await read(district, 2023)).version
    expect((await put(district, 2023, [{ indicator: 'cla_signed', actual: 61 }], seen)).statusCode).toBe(200)
    // The city sets a target and another cell's note on the version it read before the district's save.
    const res = await put(city, 2023, [{ indicator: 'new_members', target: 2222 }], seen)
    expect(res.statusCode, res.body).toBe(200)
    const after = reportResponseSchema.parse(res.json())
    expect(after.version).toBe(seen + 2)
    expect(valueOf(after, 'cla_signed')?.actual).toBe(61)
    expect(valueOf(after, 'new_members')?.target).toBe(2222)
  })

  it('the target and the actual of one indicator are different cells', async () => {
    const seen = (await read(district, 2023)).version
    expect((await put(city, 2023, [{ indicator: 'party_referrals', target: 90 }], seen)).statusCode).toBe(200)
    const res = await put(district, 2023, [{ indicator: 'party_referrals', actual: 95 }], seen)
    expect(res.statusCode, res.body).toBe(200)
    expect(valueOf(reportResponseSchema.parse(res.json()), 'party_referrals')).toMatchObject({
      actual: 95,
      target: 90,
    })
  })

  it('re-sending the value already there is no conflict and writes nothing', async () => {
    const seen = (await read(district, 2023)).version
    expect((await put(district, 2023, [{ indicator: 'dues', note: 'Đủ' }], seen)).statusCode).toBe(200)
    const history = countRows(t.db, 'history')
    const res = await put(admin, 2023, [{ indicator: 'dues', note: 'Đủ' }], seen)
    expect(res.statusCode, res.body).toBe(200)
    expect(countRows(t.db, 'history')).toBe(history)
  })

  it('a version never handed out → 409', async () => {
    const current = (await read(district, 2023)).version
    const res = await put(district, 2023, [{ indicator: 'dues', note: 'Tương lai' }], current + 5)
    expect(conflictErrorSchema.parse(res.json()).error.cells).toEqual([])
  })
})

describe('PUT values — happy path', () => {
  it('stores an entered actual as real, exact and by the user; bumps the version once', async () => {
    const before = await read(district, 2024)
    const res = await put(
      district,
      2024,
      [{ indicator: 'new_members', actual: 2700, note: 'Theo báo cáo quý IV' }],
      before.version,
    )
    expect(res.statusCode, res.body).toBe(200)
    const after = reportResponseSchema.parse(res.json())
    expect(after.version).toBe(before.version + 1)
    expect(valueOf(after, 'new_members')).toMatchObject({
      actual: 2700,
      target: 2150,
      note: 'Theo báo cáo quý IV',
      previousActual: valueOf(before, 'new_members')?.previousActual,
      illustrative: false,
      updatedBy: 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)',
    })
    expect(cellOf(t.db, '007', 'new_members', 2024)).toMatchObject({
      actual: 2700,
      illustrative: 0,
      sourceId: null,
      updatedBy: 4,
    })
    // Untouched cells keep their values and provenance.
    expect(valueOf(after, 'cla_signed')).toEqual(valueOf(before, 'cla_signed'))
  })

  it('records who, when, old → new and the note for each changed field, newest first', async () => {
    const res = await district.get('/api/organisations/007/years/2024/history?indicator=new_members')
    const { entries } = historyResponseSchema.parse(res.json())
    const D007 = 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)'
    expect(entries.map((e) => [e.field, e.oldValue, e.newValue, e.note, e.user, e.userRole])).toEqual([
      ['note', null, 'Theo báo cáo quý IV', 'Theo báo cáo quý IV', D007, 'district'],
      ['actual', '2536', '2700', 'Theo báo cáo quý IV', D007, 'district'],
    ])
    expect(entries[1]).toMatchObject({
      oldQualifier: 'exact',
      newQualifier: 'exact',
      origin: { kind: 'form' },
    })
    expect(Date.now() - Date.parse(entries[0]?.at ?? '')).toBeLessThan(60_000)
  })

  it('an unchanged value writes nothing and keeps the version', async () => {
    const before = await read(district, 2024)
    const history = countRows(t.db, 'history')
    const res = await put(district, 2024, [
      { indicator: 'new_members', actual: 2700, note: 'Theo báo cáo quý IV' },
    ])
    expect(reportResponseSchema.parse(res.json()).version).toBe(before.version)
    expect(countRows(t.db, 'history')).toBe(history)
  })

  it('a city officer sets a target; a null clears a value', async () => {
    const res = await put(city, 2024, [{ indicator: 'new_members', target: 2500 }])
    expect(valueOf(reportResponseSchema.parse(res.json()), 'new_members')?.target).toBe(2500)
    const cleared = reportResponseSchema.parse(
      (await put(district, 2024, [{ indicator: 'cla_signed', actual: null }])).json(),
    )
    expect(valueOf(cleared, 'cla_signed')?.actual).toBeNull()
    const { entries } = historyResponseSchema.parse(
      (await city.get('/api/organisations/007/years/2024/history')).json(),
    )
    expect(entries[0]).toMatchObject({
      indicator: 'cla_signed',
      field: 'actual',
      oldValue: '39',
      newValue: null,
      user: 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)',
    })
    expect(entries[1]).toMatchObject({
      indicator: 'new_members',
      field: 'target',
      oldValue: '2150',
      newValue: '2500',
      user: 'Cán bộ LĐLĐ thành phố (demo)',
      userRole: 'city',
    })
  })

  it('a note alone keeps a sourced figure’s source and quote', async () => {
    await put(district, 2021, [{ indicator: 'new_members', note: 'Số liệu từ báo cáo tổng kết' }])
    expect(cellOf(t.db, '007', 'new_members', 2021)).toMatchObject({
      actual: 2352,
      illustrative: 0,
      sourceId: 1,
    })
  })

  it('returns soft warnings without blocking the save; a note explains them', async () => {
    const jump = reportResponseSchema.parse(
      (await put(district, 2025, [{ indicator: 'new_members', actual: 500 }])).json(),
    )
    expect(jump.issues).toContainEqual(
      expect.objectContaining({
        indicator: 'new_members',
        code: 'jump',
        severity: 'warning',
        explained: false,
      }),
    )
    const noted = reportResponseSchema.parse(
      (await put(district, 2025, [{ indicator: 'new_members', note: 'Doanh nghiệp giải thể' }])).json(),
    )
    expect(noted.issues).toContainEqual(
      expect.objectContaining({ indicator: 'new_members', code: 'jump', explained: true }),
    )
  })

  it('the dashboard shows a saved value on the next request (the cache is dropped)', async () => {
    const cell = async () => {
      const board = dashboardResponseSchema.parse(
        (await t.app.inject({ method: 'GET', url: '/api/dashboard?year=2024' })).json(),
      )
      return board.cells.find((c) => c.unit === '007' && c.indicator === 'new_unions')
    }
    expect(await cell()).toMatchObject({ actual: 32, illustrative: true })
    await put(district, 2024, [{ indicator: 'new_unions', actual: 33 }])
    expect(await cell()).toMatchObject({ actual: 33, target: 30, percent: 110, illustrative: false })
  })
})

describe('history cannot be edited', () => {
  it('UPDATE and DELETE on history fail in SQLite itself', () => {
    expect(countRows(t.db, 'history')).toBeGreaterThan(0)
    expect(() => t.db.$client.prepare(`UPDATE history SET new_value = '9999'`).run()).toThrow(/append-only/)
    expect(() => t.db.$client.prepare('DELETE FROM history').run()).toThrow(/append-only/)
  })

  it('history: an unknown indicator → 422, a malformed one or an extra parameter → 400', async () => {
    expectError(
      await district.get('/api/organisations/007/years/2024/history?indicator=new_robots'),
      422,
      'unknown_indicator',
    )
    expectInvalid(await district.get('/api/organisations/007/years/2024/history?indicator=New'), 'indicator')
    expectInvalid(await district.get('/api/organisations/007/years/2024/history?user=d007'), 'user')
  })
})

describe('GET values — what the source said', () => {
  it('a real figure names its article and quote; a bound keeps its word; last year says it is invented', async () => {
    const report = await read(district, 2021)
    expect(valueOf(report, 'welfare_spending')).toMatchObject({
      actual: 11_786_100_000,
      actualQualifier: 'at_least',
      illustrative: false,
      source: {
        kind: 'article',
        title: 'Đã làm tốt, phấn đấu làm tốt hơn',
        publisher: 'Báo Lao động Thủ đô',
      },
    })
    expect(valueOf(report, 'new_members')).toMatchObject({
      actual: 2352,
      statedPercent: 177,
      previousIllustrative: true,
      previousQualifier: 'exact',
    })
    expect(valueOf(report, 'new_members')?.previousActual).toBeGreaterThan(0)
  })

  it('a percentage stated without amounts comes with its source; an illustrative figure names none', async () => {
    const report = await admin.get(url(2016, '001'))
    const fee = reportResponseSchema.parse(report.json()).values.find((v) => v.indicator === 'union_fee')
    expect(fee).toMatchObject({
      actual: null,
      statedPercent: 148,
      source: { title: 'LĐLĐ quận Ba Đình: Một năm về đích trước hẹn' },
    })
    const invented = reportResponseSchema
      .parse(report.json())
      .values.find((v) => v.indicator === 'party_referrals')
    expect(invented).toMatchObject({ illustrative: true, source: null })
  })

  it('"hơn" alone saved on the same number: kept on reload, recorded old → new in history', async () => {
    const year = 2022
    const before = valueOf(await read(district, year), 'new_members')
    expect(before?.actualQualifier).toBe('exact')
    const res = await put(district, year, [{ indicator: 'new_members', actualQualifier: 'at_least' }])
    expect(res.statusCode, res.body).toBe(200)
    expect(valueOf(await read(district, year), 'new_members')).toMatchObject({
      actual: before?.actual,
      actualQualifier: 'at_least',
    })
    // Re-sending the same number without a qualifier keeps "hơn" (nothing changes, no history row).
    const rows = countRows(t.db, 'history')
    await put(district, year, [{ indicator: 'new_members', actual: before?.actual }])
    expect(valueOf(await read(district, year), 'new_members')?.actualQualifier).toBe('at_least')
    expect(countRows(t.db, 'history')).toBe(rows)
    const history = historyResponseSchema.parse(
      (await district.get(`/api/organisations/007/years/${year}/history?indicator=new_members`)).json(),
    )
    expect(history.entries[0]).toMatchObject({
      field: 'actual',
      oldQualifier: 'exact',
      newQualifier: 'at_least',
    })
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
