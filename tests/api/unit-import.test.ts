// Importing the unit list on the demo database: who may, which files are refused and why, the
// preview's row errors, one-transaction apply (nothing written on any refusal, a stale preview
// refused), predecessor links. The real commune list on a production database: unit-import-reference.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import {
  organisationsResponseSchema,
  predecessorsResponseSchema,
  unitImportPreviewSchema,
  unitImportResultSchema,
  type UnitImportPreview,
} from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type TestSession } from '../fixtures/auth.ts'
import { expectError } from '../fixtures/http.ts'
import { upload, type UploadFile } from '../fixtures/upload.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let admin: TestSession
beforeAll(async () => {
  admin = await signIn(t.app, 'admin')
})

const HEAD = 'code,name,kind,admin type,parent,valid from,valid to,predecessors'
const csv = (...lines: string[]): UploadFile => ({ name: 'don-vi.csv', content: [HEAD, ...lines].join('\n') })
const preview = (file: UploadFile, fields: Record<string, string> = {}) =>
  upload(t.app, admin, '/api/organisations/import/preview', fields, file)
const apply = (file: UploadFile, revision: string, fields: Record<string, string> = {}) =>
  upload(t.app, admin, '/api/organisations/import', { revision, ...fields }, file)
const unitCount = () => Number(t.db.$client.prepare('SELECT count(*) FROM organisations').pluck().get())
async function previewOk(file: UploadFile, fields: Record<string, string> = {}): Promise<UnitImportPreview> {
  const res = await preview(file, fields)
  expect(res.statusCode, res.body).toBe(200)
  return unitImportPreviewSchema.parse(res.json())
}
const list = async () =>
  organisationsResponseSchema.parse((await t.app.inject({ method: 'GET', url: '/api/organisations' })).json())
    .organisations

describe('authorisation', () => {
  it('anonymous → 401; city, viewer and unit officers → 403 on preview, apply and export', async () => {
    const file = csv('X1,Láng,ward,phường,01,2025-10-01,,')
    expectError(
      await upload(t.app, null, '/api/organisations/import/preview', {}, file),
      401,
      'unauthenticated',
    )
    expectError(
      await t.app.inject({ method: 'GET', url: '/api/organisations/export' }),
      401,
      'unauthenticated',
    )
    for (const username of ['city', 'viewer', 'd007', 'cd00256']) {
      const session = await signIn(t.app, username)
      expectError(
        await upload(t.app, session, '/api/organisations/import/preview', {}, file),
        403,
        'forbidden',
      )
      expectError(
        await upload(t.app, session, '/api/organisations/import', { revision: 'a'.repeat(20) }, file),
        403,
        'forbidden',
      )
      expectError(await as(t.app, session).get('/api/organisations/export?format=xlsx'), 403, 'forbidden')
    }
  })

  it('a write without the CSRF token → 403, even for the admin', async () => {
    const res = await upload(
      t.app,
      { ...admin, csrf: 'wrong' },
      '/api/organisations/import/preview',
      {},
      csv(),
    )
    expectError(res, 403, 'csrf_failed')
  })
})

describe('bad files → clear Vietnamese refusals', () => {
  it('JSON instead of a file → 415; no file → 400', async () => {
    expectError(
      await as(t.app, admin).send('POST', '/api/organisations/import/preview', { rows: [] }),
      415,
      'unsupported_media_type',
    )
    expectError(
      await upload(t.app, admin, '/api/organisations/import/preview', { mode: 'merge' }),
      400,
      'missing_file',
    )
  })

  it('over 2 MB → 413; empty → 422; a PNG, an .xls, a zip that is not Excel → 415', async () => {
    expectError(
      await preview({ name: 'big.csv', content: Buffer.alloc(2 * 1024 * 1024 + 1, 0x41) }),
      413,
      'file_too_large',
    )
    expectError(await preview({ name: 'empty.csv', content: '' }), 422, 'empty_file')
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const body = expectError(await preview({ name: 'anh.png', content: png }), 415, 'not_a_spreadsheet')
    expect(body.error.message).toContain('CSV hoặc Excel (.xlsx)')
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)])
    expect(
      expectError(await preview({ name: 'cu.xls', content: xls }), 415, 'not_a_spreadsheet').error.message,
    ).toContain('.xls')
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document/>')
    const docx = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    expectError(await preview({ name: 'van-ban.xlsx', content: docx }), 415, 'not_a_spreadsheet')
  })

  it('a zip bomb (a small file inflating to 24 MB) is refused before it is read', async () => {
    const zip = new JSZip()
    zip.file('xl/workbook.xml', '<workbook/>')
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(24 * 1024 * 1024, 0x20))
    const bomb = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    })
    expect(bomb.length).toBeLessThan(100 * 1024)
    const body = expectError(await preview({ name: 'bom.xlsx', content: bomb }), 422, 'zip_bomb')
    expect(body.error.message).toContain('quá lớn')
  })

  it('a CSV not in UTF-8 → 422; the raw reference list (no kind, no parent) → 422 naming the columns', async () => {
    const latin1 = Buffer.from(`${HEAD}\nX1,Ph\xfa,ward,,01,2025-10-01,,\n`, 'latin1')
    expectError(await preview({ name: 'ansi.csv', content: latin1 }), 422, 'not_utf8')
    const body = expectError(
      await preview({
        name: 'x.csv',
        content: 'code,name,admin_type,valid_from\n00004,Ba Đình,phuong,2025-07-01\n',
      }),
      422,
      'missing_columns',
    )
    expect(body.error.message).toContain('"Loại"')
    expect(body.error.message).toContain('"Đơn vị cấp trên"')
    expect(body.error.issues?.map((i) => i.path)).toEqual(['kind', 'parent'])
  })

  it('formula errors and formulas without a result are named by their cell', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Đơn vị')
    sheet.addRow(HEAD.split(','))
    sheet.addRow(['X1', 'Láng', 'ward', 'phường', '01', '2025-10-01'])
    sheet.getCell('B2').value = { formula: 'VLOOKUP(A2,Z:Z,2,0)', result: { error: '#N/A' } }
    sheet.addRow(['X2', 'Kim Liên', 'ward', 'phường', '01', '2025-10-01'])
    sheet.getCell('E3').value = { formula: 'A1', date1904: false }
    const file = { name: 'cong-thuc.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) }
    const result = await previewOk(file)
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'Tên', message: 'Ô B2 có lỗi #N/A: hãy nhập giá trị.' }),
        expect.objectContaining({
          row: 3,
          column: 'Đơn vị cấp trên',
          message: 'Ô E3 có công thức chưa có kết quả: hãy nhập giá trị.',
        }),
      ]),
    )
    expectError(await apply(file, result.revision), 422, 'import_refused')
  })
})

describe('row errors name their row and column, and nothing is written', () => {
  const bad = csv(
    'N1,Láng,ward,phường,01,2025-10-01,,',
    'N1,Láng Thượng,ward,phường,01,2025-10-01,,',
    'N 2,Kim Liên,ward,phường,01,2025-10-01,,',
    'N3,Ô Chợ Dừa,ward,phường,99,2025-10-01,,',
    'N4,Văn Chương,làng,,01,2025-10-01,,',
    'N5,Bạch Mai,ward,ấp,01,2025-10-01,,',
    'N6,Tương Mai,ward,phường,01,2025-10-01,2025-09-30,',
    'N7,Định Công,commune,phường,01,1/10/2025,,',
    'N8,Giáp Bát,ward,phường,01,31/9/2025,,',
    '007,Hai Bà Trưng,district,quận,01,2014-04-01,2020-12-31,',
    'N9,Hoàng Liệt,ward,phường,01,2025-10-01,,ZZZ',
    'N10,=HYPERLINK("x"),ward,phường,01,2025-10-01,,',
    'N11,Yên Sở,ward,phường,N12,2025-10-01,,',
    'N12,Lĩnh Nam,ward,phường,N11,2025-10-01,,',
  )

  it('lists every refusal with the spreadsheet row and the column heading', async () => {
    const result = await previewOk(bad)
    const at = (row: number) => result.errors.filter((e) => e.row === row).map((e) => [e.column, e.message])
    expect(at(3)).toEqual([['Mã', 'Mã "N1" trùng với dòng 2.']])
    expect(at(4)[0]?.[0]).toBe('Mã')
    expect(at(5)).toEqual([
      ['Đơn vị cấp trên', 'Không có đơn vị cấp trên mã "99" (trong tệp hoặc trong danh sách hiện có).'],
    ])
    expect(at(6)[0]).toEqual(['Loại', expect.stringContaining('Loại đơn vị "làng" không rõ')])
    expect(at(7)[0]).toEqual(['Cấp hành chính', expect.stringContaining('Cấp hành chính "ấp" không rõ')])
    expect(at(8)).toEqual([['Hiệu lực đến', 'Ngày kết thúc 30/09/2025 trước ngày bắt đầu 01/10/2025.']])
    expect(at(9)).toEqual([['Cấp hành chính', 'Công đoàn xã chỉ có cấp hành chính "xã".']])
    expect(at(10)[0]).toEqual(['Hiệu lực từ', expect.stringContaining('"31/9/2025" không hợp lệ')])
    // Shortening 007 to 2020 would leave its 2021–2025 figures outside its period.
    expect(at(11)).toEqual([['Hiệu lực đến', expect.stringContaining('năm 2021, 2022, 2023, 2024, 2025')]])
    expect(at(12)).toEqual([['Tiếp nhận từ', 'Không có đơn vị tiền thân mã "ZZZ".']])
    expect(at(13)[0]).toEqual(['Tên', expect.stringContaining('không được bắt đầu bằng =')])
    expect(at(14)[0]).toEqual(['Đơn vị cấp trên', expect.stringContaining('vòng lặp')])
  })

  it('apply → 422 import_refused with every issue, and the unit list is untouched', async () => {
    const before = unitCount()
    const { revision } = await previewOk(bad)
    const body = expectError(await apply(bad, revision), 422, 'import_refused')
    expect(body.error.issues?.find((i) => i.path === 'row3.Mã')?.message).toBe(
      'Dòng 3, cột Mã: Mã "N1" trùng với dòng 2.',
    )
    expect(unitCount()).toBe(before)
    const district = (await list()).find((o) => o.code === '007')
    expect(district?.validTo).toBe('2025-06-30')
  })

  it('a full list without the districts would delete units that have figures: refused by unit', async () => {
    const result = await previewOk(csv('01,Hà Nội,city,,,2008-08-01,,'), { mode: 'full' })
    expect(result.counts.removed).toBe((await list()).length - 1)
    const hbt = result.errors.find((e) => e.code === '007')
    expect(hbt).toMatchObject({ row: null, column: null })
    expect(hbt?.message).toContain('Không thể xóa LĐLĐ quận Hai Bà Trưng (mã 007) vì còn số liệu')
    expect(result.errors.find((e) => e.code === '00256')?.message).toContain('còn 1 tài khoản')
  })

  it('an unknown mode or a missing revision → 400', async () => {
    expectError(await preview(csv('X1,Láng,ward,,01,2025-10-01,,'), { mode: 'all' }), 400, 'invalid_request')
    expectError(await apply(csv('X1,Láng,ward,,01,2025-10-01,,'), ''), 400, 'invalid_request')
  })
})

describe('happy path', () => {
  const file = csv(
    'P1,Láng Hạ,ward,,01,2025-10-01,,00199',
    'P2,Bát Tràng,commune,xã,01,1/10/2025,,007;00256',
    '003,Tây Hồ,district,quận,01,2014-04-01,2025-06-30,',
  )

  it('previews new, unchanged and changed units without writing; applies them in one go', async () => {
    const before = unitCount()
    const result = await previewOk(file)
    expect(result).toMatchObject({ mode: 'merge', format: 'csv', rows: 3, errors: [] })
    expect(result.counts).toEqual({ new: 2, changed: 0, ended: 0, unchanged: 1, removed: 0 })
    expect(result.entries.map((e) => [e.row, e.code, e.fullName, e.status])).toEqual([
      [2, 'P1', 'Công đoàn phường Láng Hạ', 'new'],
      [3, 'P2', 'Công đoàn xã Bát Tràng', 'new'],
      [4, '003', 'LĐLĐ quận Tây Hồ', 'unchanged'],
    ])
    expect(unitCount()).toBe(before)
    const res = await apply(file, result.revision)
    expect(res.statusCode, res.body).toBe(200)
    expect(unitImportResultSchema.parse(res.json()).counts.new).toBe(2)
    expect(unitCount()).toBe(before + 2)
    expect((await list()).find((o) => o.code === 'P2')).toEqual({
      code: 'P2',
      name: 'Bát Tràng',
      fullName: 'Công đoàn xã Bát Tràng',
      kind: 'commune',
      adminType: 'xa',
      parentCode: '01',
      validFrom: '2025-10-01',
      validTo: null,
    })
    const links = predecessorsResponseSchema.parse(
      (await t.app.inject({ method: 'GET', url: '/api/organisations/predecessors' })).json(),
    ).links
    expect(links.filter((l) => l.unit.startsWith('P'))).toEqual([
      { unit: 'P1', predecessor: '00199', illustrative: false },
      { unit: 'P2', predecessor: '00256', illustrative: false },
      { unit: 'P2', predecessor: '007', illustrative: false },
    ])
  })

  it('ends a unit (valid to) and shows the change; the same preview cannot be applied twice', async () => {
    const ending = csv('P1,Láng Hạ,ward,phường,01,2025-10-01,2026-12-31,00199')
    const result = await previewOk(ending)
    expect(result.entries).toEqual([
      {
        row: 2,
        code: 'P1',
        fullName: 'Công đoàn phường Láng Hạ',
        status: 'ended',
        changes: [{ column: 'Hiệu lực đến', before: null, after: '31/12/2026' }],
      },
    ])
    expect((await apply(ending, result.revision)).statusCode).toBe(200)
    expectError(await apply(ending, result.revision), 409, 'stale_preview')
  })

  it('a preview made before someone else changed the list is refused (409), and writes nothing', async () => {
    const file2 = csv('P3,Yên Hòa,ward,phường,01,2025-10-01,,')
    const result = await previewOk(file2)
    const added = await as(t.app, admin).send('POST', '/api/organisations', {
      code: 'P4',
      name: 'Nghĩa Đô',
      kind: 'ward',
      adminType: null,
      parentCode: '01',
      validFrom: '2025-10-01',
    })
    expect(added.statusCode, added.body).toBe(201)
    const before = unitCount()
    const body = expectError(await apply(file2, result.revision), 409, 'stale_preview')
    expect(body.error.message).toContain('xem trước lại')
    expect(unitCount()).toBe(before)
    expect((await list()).some((o) => o.code === 'P3')).toBe(false)
  })

  it('the demo serves its illustrative predecessor links (a ward union ← the district of its name)', async () => {
    const { links } = predecessorsResponseSchema.parse(
      (await t.app.inject({ method: 'GET', url: '/api/organisations/predecessors' })).json(),
    )
    expect(links).toContainEqual({ unit: '00256', predecessor: '007', illustrative: true })
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
