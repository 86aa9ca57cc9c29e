// Issue 7, the write side: reading never writes; illustrative values are confirmed or replaced before
// submission; a save carries the qualifier; free text refuses control characters; history is paged
// and shows people by display name, never username.
import {
  historyResponseSchema,
  reportListResponseSchema,
  reportResponseSchema,
  type HistoryEntry,
  type Report,
} from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'
import { countRows, reportVersion } from '../fixtures/reports.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let district: Caller
let city: Caller
let admin: Caller
beforeAll(async () => {
  district = as(t.app, await signIn(t.app, 'd007'))
  city = as(t.app, await signIn(t.app, 'city'))
  admin = as(t.app, await signIn(t.app, 'admin'))
})

const base = (year: number, unit = '007') => `/api/organisations/${unit}/years/${year}`
const ok = (res: { statusCode: number; body: string; json(): unknown }): Report => {
  expect(res.statusCode, res.body).toBe(200)
  return reportResponseSchema.parse(res.json())
}
const save = (c: Caller, year: number, values: unknown[], unit = '007') =>
  c.send('PUT', `${base(year, unit)}/values`, { version: reportVersion(t.db, unit, year), values })
const history = async (c: Caller, year: number, query = '', unit = '007') => {
  const res = await c.get(`${base(year, unit)}/history${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return historyResponseSchema.parse(res.json())
}

describe('reading never writes', () => {
  it('GET of a report nobody has written: version 0, draft, no row, no cache flush', async () => {
    const reports = countRows(t.db, 'reports')
    const revision = t.app.repos.dataRevision()
    const report = ok(await district.get(`${base(2019)}/values`))
    expect(report).toMatchObject({ version: 0, status: 'draft', reason: null, updatedAt: null })
    ok(await city.get(`${base(2019)}/values`))
    expect(countRows(t.db, 'reports')).toBe(reports)
    expect(t.app.repos.dataRevision()).toBe(revision)
    // The review list does not show it as "updated" either.
    const list = reportListResponseSchema.parse((await city.get('/api/reports?year=2019')).json())
    expect(list.reports.find((r) => r.unit === '007')).toMatchObject({ version: 0, updatedAt: null })
  })

  it('the first real write creates the row at version 1', async () => {
    const saved = ok(await save(district, 2019, [{ indicator: 'cla_signed', note: 'Đã rà soát' }]))
    expect(saved.version).toBe(1)
    expect(reportVersion(t.db, '007', 2019)).toBe(1)
  })

  it('a save that changes nothing creates no row', async () => {
    const reports = countRows(t.db, 'reports')
    const report = ok(await district.get(`${base(2018)}/values`))
    const same = report.values.find((v) => v.indicator === 'cla_signed')
    ok(await save(district, 2018, [{ indicator: 'cla_signed', actual: same?.actual }]))
    expect(countRows(t.db, 'reports')).toBe(reports)
  })
})

describe('illustrative values must be confirmed or replaced before submission', () => {
  it('the report marks them; submission → 422 naming each, until each is confirmed or replaced', async () => {
    const report = ok(await district.get(`${base(2022)}/values`))
    const invented = report.values.filter((v) => v.illustrative && v.actual !== null)
    expect(invented.length).toBeGreaterThan(5)
    expect(report.values.every((v) => v.targetIllustrative || v.target === null)).toBe(true)
    // Notes explain every warning, so only the invented values stand in the way.
    ok(
      await save(
        district,
        2022,
        report.values.map((v) => ({ indicator: v.indicator, note: 'Đã đối chiếu' })),
      ),
    )
    const refused = expectError(
      await district.send('POST', `${base(2022)}/submit`, { version: reportVersion(t.db, '007', 2022) }),
      422,
      'illustrative_unconfirmed',
    )
    expect(refused.error.message).toMatch(/^Chưa gửi được\. Còn \d+ số liệu minh họa chưa xác nhận/)
    expect(refused.error.issues?.map((i) => i.path)).toEqual(invented.map((v) => `${v.indicator}.actual`))
    expect(refused.error.issues?.[0]?.message).toMatch(/: số liệu minh họa chưa được xác nhận\.$/)

    // One typed anew, the rest confirmed: each confirmation is a history row by the confirming officer.
    const [typed, ...confirmed] = invented
    const after = ok(
      await save(district, 2022, [
        { indicator: typed?.indicator, actual: (typed?.actual ?? 0) + 1 },
        ...confirmed.map((v) => ({ indicator: v.indicator, confirm: true })),
      ]),
    )
    expect(after.values.filter((v) => v.illustrative)).toEqual([])
    // The district cannot touch targets: they stay marked.
    expect(after.values.find((v) => v.target !== null)?.targetIllustrative).toBe(true)
    const confirmations = (await history(district, 2022)).entries.filter((e) => e.origin.kind === 'confirm')
    expect(confirmations).toHaveLength(confirmed.length)
    expect(confirmations[0]).toMatchObject({
      field: 'actual',
      user: 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)',
      userRole: 'district',
    })
    expect(confirmations.every((e) => e.oldValue === e.newValue)).toBe(true)
    expect(
      ok(await district.send('POST', `${base(2022)}/submit`, { version: reportVersion(t.db, '007', 2022) }))
        .status,
    ).toBe('submitted')
  })

  it('a confirmation is an edit of the actual: a viewer or the city may not confirm (403)', async () => {
    expectError(await save(city, 2021, [{ indicator: 'cla_signed', confirm: true }]), 403, 'forbidden')
  })
})

describe('the save carries the qualifier (exact, at_least, at_most, about)', () => {
  it('stores it, reads it back, records it in history; a qualifier alone is a change', async () => {
    const saved = ok(
      await save(district, 2020, [
        { indicator: 'welfare_spending', actual: 11_786_100_000, actualQualifier: 'at_least' },
      ]),
    )
    expect(saved.values.find((v) => v.indicator === 'welfare_spending')).toMatchObject({
      actual: 11_786_100_000,
      actualQualifier: 'at_least',
      illustrative: false,
    })
    ok(await save(district, 2020, [{ indicator: 'welfare_spending', actualQualifier: 'about' }]))
    const [latest, first] = (await history(district, 2020, '?indicator=welfare_spending')).entries
    expect(latest).toMatchObject({ oldQualifier: 'at_least', newQualifier: 'about', newValue: '11786100000' })
    expect(first).toMatchObject({ newQualifier: 'at_least' })
  })

  it('a typed number without one is exact; the same number re-sent keeps its qualifier', async () => {
    ok(await save(district, 2020, [{ indicator: 'welfare_spending', actual: 11_786_100_000 }]))
    const kept = ok(await district.get(`${base(2020)}/values`))
    expect(kept.values.find((v) => v.indicator === 'welfare_spending')?.actualQualifier).toBe('about')
    const typed = ok(await save(district, 2020, [{ indicator: 'welfare_spending', actual: 12_000_000_000 }]))
    expect(typed.values.find((v) => v.indicator === 'welfare_spending')?.actualQualifier).toBe('exact')
  })

  it('an unknown qualifier → 400 naming it', async () => {
    expectInvalid(
      await save(district, 2020, [{ indicator: 'welfare_spending', actual: 1, actualQualifier: 'more' }]),
      'values.0.actualQualifier',
    )
  })
})

describe('free text refuses control characters (notes, reasons)', () => {
  it.each([
    ['NUL', 'Ghi chú\u0000ẩn', 'U+0000'],
    ['ESC', '\u001b[2J xóa màn hình', 'U+001B'],
    ['a bidi override', 'số \u202e0001', 'U+202E'],
  ])('a note with %s → 400 with a clear message; nothing stored', async (_name, note, code) => {
    const rows = countRows(t.db, 'history')
    const body = expectInvalid(
      await save(district, 2017, [{ indicator: 'cla_signed', note }]),
      'values.0.note',
    )
    expect(body.error.issues?.[0]?.message).toContain(`Ghi chú có ký tự điều khiển không in được (${code}`)
    expect(countRows(t.db, 'history')).toBe(rows)
  })

  it('a reason with a control character → 400 naming it', async () => {
    const body = expectInvalid(
      await city.send('POST', `${base(2022)}/return`, {
        version: reportVersion(t.db, '007', 2022),
        reason: 'Sai\u0007số liệu',
      }),
      'reason',
    )
    expect(body.error.issues?.[0]?.message).toMatch(/^Lý do có ký tự điều khiển không in được \(U\+0007/)
  })

  it('line breaks and tabs are kept; Windows line ends become \\n', async () => {
    const saved = ok(await save(district, 2017, [{ indicator: 'cla_signed', note: 'Dòng 1\r\nDòng\t2' }]))
    expect(saved.values.find((v) => v.indicator === 'cla_signed')?.note).toBe('Dòng 1\nDòng\t2')
  })
})

describe('history: pages newest first, people by display name', () => {
  it('walks every entry once through nextCursor; the page size is bounded', async () => {
    const report = ok(await district.get(`${base(2016)}/values`))
    for (let round = 0; round < 6; round += 1) {
      ok(
        await save(
          district,
          2016,
          report.values.map((v) => ({ indicator: v.indicator, note: `Lần ${round}` })),
        ),
      )
    }
    const all: HistoryEntry[] = []
    let query = '?limit=25'
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await history(district, 2016, query)
      expect(page.entries.length).toBeLessThanOrEqual(25)
      all.push(...page.entries)
      if (page.nextCursor === null) break
      query = `?limit=25&cursor=${page.nextCursor}`
    }
    expect(all).toHaveLength(6 * report.values.length)
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a))
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length)
    expect(all[0]?.note).toBe('Lần 5')
    const first = await history(district, 2016)
    expect(first.entries).toHaveLength(50)
    expect(first.nextCursor).toBe(String(first.entries.at(-1)?.id))
  })

  it.each([
    ['?limit=201', 'limit'],
    ['?limit=0', 'limit'],
    ['?cursor=abc', 'cursor'],
    ['?cursor=-5', 'cursor'],
  ])('%s → 400', async (query, path) => {
    expectInvalid(await district.get(`${base(2016)}/history${query}`), path)
  })

  it('a district officer reads the city’s and the admin’s changes by display name and role, never username', async () => {
    ok(await save(city, 2023, [{ indicator: 'new_members', target: 2345 }]))
    ok(await save(admin, 2023, [{ indicator: 'new_members', note: 'Admin sửa' }]))
    const res = await district.get(`${base(2023)}/history`)
    const { entries } = historyResponseSchema.parse(res.json())
    expect(entries.slice(0, 2).map((e) => [e.user, e.userRole])).toEqual([
      ['Quản trị (demo)', 'admin'],
      ['Cán bộ LĐLĐ thành phố (demo)', 'city'],
    ])
    for (const username of ['"admin"', '"city"', '"d007"']) {
      expect(res.body.replaceAll('"userRole":"admin"', '').replaceAll('"userRole":"city"', '')).not.toContain(
        username,
      )
    }
    const report = await district.get(`${base(2023)}/values`)
    expect(report.body).not.toMatch(/"updatedBy":"(admin|city|d007)"/)
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
