// POST /api/extract on a real SQLite file: who may call it, what it refuses, what it answers, and
// that it writes nothing.
import { readFileSync } from 'node:fs'
import { CSRF_HEADER, EXTRACT_MAX_CHARS, extractResponseSchema, type Proposal } from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller, type TestSession } from '../fixtures/auth.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'

const PARAGRAPH =
  'Trong năm 2021 đã tuyên truyền thành lập mới 25/25 CĐCS (đạt 100%), phát triển 2.352/1.330 đoàn viên ' +
  'công đoàn (đạt 177% chỉ tiêu giao). Ký kết 51 Thỏa ước Lao động tập thể.'

const t = testAppForFile()
let d007: TestSession
let city: Caller
let admin: Caller
let district: Caller
let viewer: Caller

beforeAll(async () => {
  d007 = await signIn(t.app, 'd007')
  district = as(t.app, d007)
  city = as(t.app, await signIn(t.app, 'city'))
  admin = as(t.app, await signIn(t.app, 'admin'))
  viewer = as(t.app, await signIn(t.app, 'viewer'))
})

const extract = (c: Caller, body: unknown) => c.send('POST', '/api/extract', body)
const proposalsOf = (res: { json(): unknown }): Proposal[] =>
  extractResponseSchema.parse(res.json()).proposals

describe('who may read report text', () => {
  it('anonymous → 401', async () => {
    expectError(await extract(as(t.app, null), { text: PARAGRAPH }), 401, 'unauthenticated')
  })
  it('a viewer → 403', async () => {
    const body = expectError(await extract(viewer, { text: PARAGRAPH }), 403, 'forbidden')
    expect(body.error.message).toMatch(/đọc số liệu từ văn bản báo cáo/)
  })
  it('a district officer for another unit → 403 naming its own', async () => {
    const body = expectError(await extract(district, { text: PARAGRAPH, unit: '001' }), 403, 'forbidden')
    expect(body.error.message).toContain('007')
  })
  it('without the CSRF token → 403 csrf_failed', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { cookie: d007.cookie },
      payload: { text: PARAGRAPH },
    })
    expectError(res, 403, 'csrf_failed')
  })
  it('from another site → 403 cross_origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { cookie: d007.cookie, [CSRF_HEADER]: d007.csrf, origin: 'https://evil.example' },
      payload: { text: PARAGRAPH },
    })
    expectError(res, 403, 'cross_origin')
  })
})

describe('what it refuses', () => {
  it('no text, an empty text, a wrong type → 400 naming the field', async () => {
    expectInvalid(await extract(city, {}), 'text')
    expectInvalid(await extract(city, { text: '   ' }), 'text')
    expectInvalid(await extract(city, { text: 42 }), 'text')
  })
  it(`a text over ${EXTRACT_MAX_CHARS} characters → 400 asking to split it`, async () => {
    const body = expectInvalid(await extract(city, { text: 'a'.repeat(EXTRACT_MAX_CHARS + 1) }), 'text')
    expect(body.error.message).toMatch(/100\.000 ký tự/)
  })
  it('a body over 1 MB → 413', async () => {
    expectError(await extract(city, { text: 'đ'.repeat(600_000) }), 413, 'payload_too_large')
  })
  it('a bad year, a bad or unknown unit, an unknown field → 400 or 404', async () => {
    expectInvalid(await extract(city, { text: PARAGRAPH, year: 1999 }), 'year')
    expectInvalid(await extract(city, { text: PARAGRAPH, unit: 'x y' }), 'unit')
    expectInvalid(await extract(city, { text: PARAGRAPH, save: true }), 'save')
    expectError(await extract(city, { text: PARAGRAPH, unit: '999' }), 404, 'unit_not_found')
  })
})

describe('what it answers', () => {
  it("reads a district's paragraph for its own unit, with the exact quote and where it is", async () => {
    const res = await extract(district, { text: PARAGRAPH, year: 2021 })
    expect(res.statusCode).toBe(200)
    const ps = proposalsOf(res)
    expect(ps.map((p) => [p.indicator, p.actual, p.target, p.statedPercent, p.unit, p.year])).toEqual([
      ['new_unions', 25, 25, 100, '007', 2021],
      ['new_members', 2352, 1330, 177, '007', 2021],
      ['cla_signed', 51, null, null, '007', 2021],
    ])
    for (const p of ps) expect(PARAGRAPH.slice(p.quote.start, p.quote.end)).toBe(p.quote.text)
    expect(PARAGRAPH.slice(ps[1]?.value.start, ps[1]?.value.end)).toBe('2.352/1.330')
  })
  it('reads a whole source article for city staff: units and years from the text, warnings in Vietnamese', async () => {
    const text = readFileSync(new URL('../../seed/sources/000_aad0011e1c5232d1.txt', import.meta.url), 'utf8')
    const ps = proposalsOf(await extract(city, { text }))
    const hoangMai = ps.find((p) => p.indicator === 'new_unions' && p.unit === '008')
    expect(hoangMai).toMatchObject({ actual: 29, target: 20, targetDerived: true, year: 2024 })
    expect(hoangMai?.warnings.map((w) => w.code)).toContain('target_derived')
    expect(ps.filter((p) => p.unit === '007')).toHaveLength(12)
  })
  it('indexes the text in NFC, whatever form it was sent in', async () => {
    const nfd = 'Kết nạp 450 đoàn viên mới.'.normalize('NFD')
    const [p] = proposalsOf(await extract(admin, { text: nfd, unit: '007', year: 2024 }))
    expect(p?.quote.text).toBe('Kết nạp 450 đoàn viên mới'.normalize('NFC'))
    expect(nfd.normalize('NFC').slice(p?.value.start, p?.value.end)).toBe('450')
  })
  it('writes nothing', async () => {
    const count = (table: string) =>
      (t.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
    const before = ['figures', 'history', 'reports'].map(count)
    await extract(district, { text: PARAGRAPH, year: 2025 })
    expect(['figures', 'history', 'reports'].map(count)).toEqual(before)
  })
})
