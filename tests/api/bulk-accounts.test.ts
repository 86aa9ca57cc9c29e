// Accounts in bulk (issue 8): upload a CSV or XLSX, read the preview with every row's problems,
// confirm, get each account with a one-time password. Nothing is written before the confirmation,
// and the confirmation writes all or nothing. Real routes, real SQLite file, real spreadsheets.
import { bulkCreateResponseSchema, bulkPreviewResponseSchema, CSRF_HEADER } from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller, type TestSession } from '../fixtures/auth.ts'
import { addUnions, csv, multipart, xlsx } from '../fixtures/bulk.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'
import { countRows } from '../fixtures/reports.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let session: TestSession
let admin: Caller
beforeAll(async () => {
  session = await signIn(t.app, 'admin')
  admin = as(t.app, session)
  await addUnions(admin)
})

const HEADER = ['Mã đơn vị', 'Tên hiển thị', 'Tên đăng nhập']
const upload = async (file: Buffer, name = 'tai-khoan.csv', who: TestSession | null = session) => {
  const body = await multipart(file, name)
  const headers: Record<string, string> = { ...body.headers }
  if (who) Object.assign(headers, { cookie: who.cookie, [CSRF_HEADER]: who.csrf })
  return t.app.inject({ method: 'POST', url: '/api/users/bulk/preview', headers, payload: body.payload })
}
const preview = async (file: Buffer, name?: string) => {
  const res = await upload(file, name)
  expect(res.statusCode, res.body).toBe(200)
  return bulkPreviewResponseSchema.parse(res.json())
}

describe('accounts in bulk — who', () => {
  it('anonymous → 401, a city officer → 403, before the file is read', async () => {
    const file = csv([HEADER, ['00004', 'Nguyễn Văn An', 'cd00004']])
    expectError(await upload(file, 'a.csv', null), 401, 'unauthenticated')
    expectError(await upload(file, 'a.csv', await signIn(t.app, 'city')), 403, 'forbidden')
  })
})

describe('accounts in bulk — bad files', () => {
  it('not a spreadsheet (a PNG, a binary blob, a broken .xlsx) → 400 not_a_spreadsheet', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe])
    for (const [bytes, name] of [
      [png, 'anh.png'],
      [Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]), 'x.csv'],
      [Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), 'hong.xlsx'],
    ] as const) {
      const body = expectError(await upload(bytes, name), 400, 'not_a_spreadsheet')
      expect(body.error.message).toMatch(/CSV|xlsx/)
    }
  })

  it('a huge file → 413 file_too_large, nothing read', async () => {
    const big = Buffer.concat([csv([HEADER]), Buffer.alloc(2 * 1024 * 1024, 'a')])
    const body = expectError(await upload(big), 413, 'file_too_large')
    expect(body.error.message).toMatch(/tối đa 1 MB/)
  })

  it('wrong columns → 400 naming the missing ones and what the file has', async () => {
    const body = expectError(
      await upload(
        csv([
          ['Đơn vị', 'Họ tên'],
          ['00004', 'An'],
        ]),
      ),
      400,
      'wrong_columns',
    )
    expect(body.error.message).toContain('“Tên đăng nhập”')
    expect(body.error.message).toContain('tệp có: “Đơn vị”, “Họ tên”')
  })

  it('only a header → 400 empty_file; no file part → 400 no_file; JSON → 415', async () => {
    expectError(await upload(csv([HEADER])), 400, 'empty_file')
    const empty = new Request('http://localhost/', { method: 'POST', body: new FormData() })
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users/bulk/preview',
      headers: {
        cookie: session.cookie,
        [CSRF_HEADER]: session.csrf,
        'content-type': empty.headers.get('content-type') ?? '',
      },
      payload: Buffer.from(await empty.arrayBuffer()),
    })
    expectError(res, 400, 'no_file')
    const json = await admin.send('POST', '/api/users/bulk/preview', { rows: [] })
    expectError(json, 415, 'unsupported_media_type')
  })
})

describe('accounts in bulk — preview', () => {
  it('names every problem by row, and writes nothing', async () => {
    const users = countRows(t.db, 'users')
    const p = await preview(
      csv([
        HEADER,
        ['00004', 'Nguyễn Văn An', 'cd00004'],
        ['99999', 'Trần Thị Bình', 'cd99999'],
        ['007', 'Lê Văn Cường', 'cd007'],
        ['00008', 'Phạm Thị Dung', 'cd00004'],
        ['00025', 'Hoàng Văn Em', 'd007'],
        ['00070', 'Vũ Thị Gấm', 'Vũ Gấm'],
        ['00004', 'Đỗ Văn Hải', 'cd00004b'],
        ['01', 'Bùi Thị Lan', 'cd01'],
        ['00376', '', 'cd00376'],
        ['__proto__', 'Ai Đó', 'cdx'],
      ]),
    )
    const problems = new Map(p.rows.map((r) => [r.row, r.problems.join(' | ')]))
    expect(problems.get(2)).toBe('')
    expect(problems.get(3)).toBe('Không có đơn vị mã “99999”.')
    expect(problems.get(4)).toMatch(/không còn hoạt động \(đến 2025-06-30\)/)
    expect(problems.get(5)).toBe('Tên đăng nhập “cd00004” lặp lại dòng 2.')
    expect(problems.get(6)).toBe('Tên đăng nhập “d007” đã có người dùng.')
    expect(problems.get(7)).toMatch(/^Tên đăng nhập “Vũ Gấm” không hợp lệ/)
    expect(problems.get(8)).toBe('Đơn vị “00004” đã có ở dòng 2: mỗi công đoàn một cán bộ.')
    expect(problems.get(9)).toMatch(/LĐLĐ thành phố/)
    expect(problems.get(10)).toBe('Thiếu tên hiển thị.')
    expect(problems.get(11)).toMatch(/^Mã đơn vị “__proto__” không hợp lệ/)
    expect(p.rows[0]).toMatchObject({ unit: '00004', unitName: 'Công đoàn phường Ba Đình' })
    expect([p.valid, p.invalid]).toEqual([1, 9])
    expect(countRows(t.db, 'users')).toBe(users)
  })

  it('reads an .xlsx (codes as text keep their zeros) and a semicolon CSV from a Vietnamese Excel', async () => {
    const rows = [HEADER, ['00004', 'Nguyễn Văn An', 'CD00004'], ['00376', 'Kiều Thị Mai', 'cd00376']]
    const fromXlsx = await preview(await xlsx(rows), 'tai-khoan.xlsx')
    expect(fromXlsx.rows.map((r) => [r.unit, r.username, r.problems])).toEqual([
      ['00004', 'CD00004', []],
      ['00376', 'cd00376', []],
    ])
    const fromCsv = await preview(csv(rows, { separator: ';' }))
    expect(fromCsv.rows.map((r) => r.unitName)).toEqual(['Công đoàn phường Ba Đình', 'Công đoàn xã Sóc Sơn'])
  })

  it('a code Excel turned into a number is explained', async () => {
    const p = await preview(csv([HEADER, ['4', 'Nguyễn Văn An', 'cd4']]))
    expect(p.rows[0]?.problems[0]).toMatch(/định dạng cột “Mã đơn vị” là văn bản/)
  })
})

describe('accounts in bulk — confirmation', () => {
  const rows = [
    { row: 2, unit: '00004', displayName: 'Nguyễn Văn An', username: 'CD00004' },
    { row: 3, unit: '00008', displayName: 'Phạm Thị Dung', username: 'cd00008' },
    { row: 4, unit: '00376', displayName: 'Kiều Thị Mai', username: 'cd00376' },
  ]

  it('one bad row → 422 bulk_invalid naming it, and no account at all', async () => {
    const users = countRows(t.db, 'users')
    const bad = [...rows, { row: 5, unit: '00025', displayName: 'Hoàng Văn Em', username: 'd007' }]
    const body = expectError(await admin.send('POST', '/api/users/bulk', { rows: bad }), 422, 'bulk_invalid')
    expect(body.error.issues).toEqual([{ path: 'rows.5', message: 'Tên đăng nhập “d007” đã có người dùng.' }])
    expect(countRows(t.db, 'users')).toBe(users)
    expectInvalid(await admin.send('POST', '/api/users/bulk', { rows: [] }), 'rows')
  })

  it('creates every account with a one-time password, shown once, changed at first sign-in', async () => {
    const res = await admin.send('POST', '/api/users/bulk', { rows })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.headers['cache-control']).toBe('no-store')
    const { accounts } = bulkCreateResponseSchema.parse(res.json())
    expect(accounts.map((a) => [a.username, a.unit, a.unitName])).toEqual([
      ['cd00004', '00004', 'Công đoàn phường Ba Đình'],
      ['cd00008', '00008', 'Công đoàn phường Ngọc Hà'],
      ['cd00376', '00376', 'Công đoàn xã Sóc Sơn'],
    ])
    expect(new Set(accounts.map((a) => a.oneTimePassword)).size).toBe(3)
    const first = accounts[0]
    if (!first) throw new Error('no account')
    const officer = await signIn(t.app, first.username, first.oneTimePassword)
    expect(officer.user).toMatchObject({ role: 'district', unit: '00004', mustChangePassword: true })
    expectError(
      await as(t.app, officer).get('/api/organisations/00004/years/2026/values'),
      403,
      'password_change_required',
    )
    // The same file again: every name is taken now, nothing more is written.
    const users = countRows(t.db, 'users')
    expectError(await admin.send('POST', '/api/users/bulk', { rows }), 422, 'bulk_invalid')
    expect(countRows(t.db, 'users')).toBe(users)
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
