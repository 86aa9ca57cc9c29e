// The report workflow: submit → accept (lock) or return with a reason; unlock with a reason.
// Covers the submission checks, who may edit in each state (423 once locked) and the status history.
import { historyResponseSchema, reportResponseSchema, type Report } from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'
import { clearYear, reportVersion, setCell, setReportState } from '../fixtures/reports.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let district: Caller
let city: Caller
let admin: Caller
beforeAll(async () => {
  // These tests start from a 2025 report nobody has entered anything in yet.
  clearYear(t.db, '007', 2025)
  district = as(t.app, await signIn(t.app, 'd007'))
  city = as(t.app, await signIn(t.app, 'city'))
  admin = as(t.app, await signIn(t.app, 'admin'))
})

const base = (year: number) => `/api/organisations/007/years/${year}`
const version = (year: number) => reportVersion(t.db, '007', year)
const step = (c: Caller, year: number, kind: string, extra: object = {}) =>
  c.send('POST', `${base(year)}/${kind}`, { version: version(year), ...extra })
const save = (c: Caller, year: number, values: unknown[]) =>
  c.send('PUT', `${base(year)}/values`, { version: version(year), values })
const ok = (res: { statusCode: number; body: string; json(): unknown }): Report => {
  expect(res.statusCode, res.body).toBe(200)
  return reportResponseSchema.parse(res.json())
}

describe('submit — validation', () => {
  it('an empty report → 422 report_incomplete', async () => {
    const body = expectError(await step(district, 2025, 'submit'), 422, 'report_incomplete')
    expect(body.error.message).toBe('Báo cáo chưa có số liệu nào; hãy nhập số liệu trước khi gửi.')
  })

  it('an unexplained warning → 422 listing it; a note lets the report through', async () => {
    // 2024 → 2025: 2.536 → 500 members recruited is a fall of more than 50 %.
    ok(await save(district, 2025, [{ indicator: 'new_members', actual: 500 }]))
    const body = expectError(await step(district, 2025, 'submit'), 422, 'report_incomplete')
    expect(body.error.issues?.map((i) => i.path)).toEqual(['new_members.note'])
    expect(body.error.issues?.[0]?.message).toMatch(
      // 2024 is the demo's invented figure: the warning says it is measured against that.
      /^Đoàn viên kết nạp mới: −80,3% so với số minh họa năm trước.*Cần ghi chú giải thích\.$/,
    )
    ok(await save(district, 2025, [{ indicator: 'new_members', note: 'Nhiều doanh nghiệp giải thể' }]))
    expect(ok(await step(district, 2025, 'submit')).status).toBe('submitted')
  })

  it('a hard error already stored blocks submission too', async () => {
    setCell(t.db, { unit: '007', indicator: 'members_total', year: 2022, actual: 50_000 })
    const body = expectError(await step(district, 2022, 'submit'), 422, 'report_incomplete')
    expect(body.error.issues).toContainEqual({
      path: 'members_total.actual',
      message: 'Số đoàn viên không thể lớn hơn tổng số CNVCLĐ.',
    })
  })

  it('a stale version → 409 with the current report', async () => {
    const res = await district.send('POST', `${base(2023)}/submit`, { version: version(2023) + 7 })
    expect(res.statusCode).toBe(409)
    expect(res.json<{ error: { code: string; current: { version: number } } }>().error).toMatchObject({
      code: 'version_conflict',
      current: { version: version(2023) },
    })
  })

  it('return and unlock need a reason of at least 3 characters', async () => {
    expectInvalid(await step(city, 2025, 'return'), 'reason')
    expectInvalid(await step(city, 2025, 'return', { reason: ' a ' }), 'reason')
    expectInvalid(await step(city, 2025, 'accept', { reason: 'không cần' }), 'reason')
  })

  it('a step the status does not allow → 409 invalid_status', async () => {
    setReportState(t.db, '007', 2020, 'draft')
    const body = expectError(await step(city, 2020, 'accept'), 409, 'invalid_status')
    expect(body.error.message).toBe('Không thể duyệt báo cáo đang ở trạng thái "Nháp".')
    expectError(await step(city, 2020, 'unlock', { reason: 'Mở lại' }), 409, 'invalid_status')
    expectError(await step(city, 2020, 'return', { reason: 'Trả lại' }), 409, 'invalid_status')
  })
})

describe('while submitted (2025)', () => {
  it('the district can no longer change values (423), the city can still set targets', async () => {
    const body = expectError(
      await save(district, 2025, [{ indicator: 'cla_signed', actual: 40 }]),
      423,
      'report_submitted',
    )
    expect(body.error.message).toMatch(/chỉ sửa được khi bị trả lại/)
    expect(ok(await save(city, 2025, [{ indicator: 'new_members', target: 2600 }])).can).toMatchObject({
      editActual: false,
      editTarget: true,
      accept: true,
      return: true,
    })
    expectError(await step(district, 2025, 'submit'), 409, 'invalid_status')
  })

  it('returned with a reason: the district sees the reason and may edit and submit again', async () => {
    const returned = ok(await step(city, 2025, 'return', { reason: 'Thiếu số thỏa ước lao động tập thể.' }))
    expect(returned).toMatchObject({ status: 'returned', reason: 'Thiếu số thỏa ước lao động tập thể.' })
    const mine = ok(await save(district, 2025, [{ indicator: 'cla_signed', actual: 40 }]))
    expect(mine.can).toMatchObject({ editActual: true, submit: true, accept: false })
    expect(ok(await step(district, 2025, 'submit')).status).toBe('submitted')
  })
})

describe('accepted = locked for everyone', () => {
  it('accept locks the report', async () => {
    const accepted = ok(await step(city, 2025, 'accept'))
    expect(accepted).toMatchObject({ status: 'accepted', reason: null })
    expect(accepted.can).toEqual({
      editActual: false,
      editTarget: false,
      submit: false,
      accept: false,
      return: false,
      unlock: true,
    })
  })

  it.each([
    ['district values', () => save(district, 2025, [{ indicator: 'cla_signed', actual: 41 }])],
    ['admin values', () => save(admin, 2025, [{ indicator: 'cla_signed', actual: 41 }])],
    ['city target', () => save(city, 2025, [{ indicator: 'new_members', target: 1 }])],
    [
      'the target grid',
      () =>
        city.send('PUT', '/api/targets/2025', {
          versions: { '007': version(2025) },
          values: [{ unit: '007', indicator: 'new_members', target: 1 }],
        }),
    ],
    ['submit', () => step(admin, 2025, 'submit')],
    ['return', () => step(city, 2025, 'return', { reason: 'Trả lại' })],
  ])('%s → 423 report_locked', async (_name, request) => {
    const before = version(2025)
    const body = expectError(await request(), 423, 'report_locked')
    expect(body.error.message).toMatch(/đã được duyệt và khóa/)
    expect(version(2025)).toBe(before)
  })

  it('unlock with a reason reopens it as a draft', async () => {
    const unlocked = ok(await step(city, 2025, 'unlock', { reason: 'Cần sửa số đoàn viên.' }))
    expect(unlocked).toMatchObject({ status: 'draft', reason: 'Cần sửa số đoàn viên.' })
    ok(await save(district, 2025, [{ indicator: 'cla_signed', actual: 42 }]))
  })

  it('every step is in the history: who, when, old → new status, the reason', async () => {
    const res = await district.get('/api/organisations/007/years/2025/history')
    const { entries } = historyResponseSchema.parse(res.json())
    const steps = entries
      .filter((e) => e.field === 'status')
      .reverse()
      .map((e) => [e.user, e.oldValue, e.newValue, e.note])
    const D007 = 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)'
    const CITY = 'Cán bộ LĐLĐ thành phố (demo)'
    expect(steps).toEqual([
      [D007, 'draft', 'submitted', null],
      [CITY, 'submitted', 'returned', 'Thiếu số thỏa ước lao động tập thể.'],
      [D007, 'returned', 'submitted', null],
      [CITY, 'submitted', 'accepted', null],
      [CITY, 'accepted', 'draft', 'Cần sửa số đoàn viên.'],
    ])
    expect(entries.every((e) => e.unit === '007' && e.year === 2025 && !Number.isNaN(Date.parse(e.at)))).toBe(
      true,
    )
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
