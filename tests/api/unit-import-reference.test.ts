// The real list of Hà Nội's 126 communes and wards (seed/reference) imported into a production
// database (reference units only, no demo), then exported as CSV and XLSX and imported back: the
// export re-imports as "unchanged", codes keep their leading zeros, names their diacritics.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { migrateDatabase, openDatabase, type Db } from '@ldld/db/client'
import {
  organisationsResponseSchema,
  unitImportPreviewSchema,
  type UnitImportPreview,
} from '@ldld/db/contracts'
import { buildApp, type App } from '@ldld/server/app'
import { prepareDatabase } from '@ldld/server/database'
import { runUserCreate } from '@ldld/server/user-create'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD_COST } from '../fixtures/app.ts'
import { as, signIn, type TestSession } from '../fixtures/auth.ts'
import { expectError } from '../fixtures/http.ts'
import { loadWorkbook, sheetWorkbook, workbookBytes } from '../fixtures/xlsx.ts'
import { referenceCommunesCsv, upload, type UploadFile } from '../fixtures/upload.ts'

let dir: string
let db: Db
let app: App
let admin: TestSession
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ldld-ref-'))
  const file = join(dir, 'ldld.db')
  const empty = openDatabase(file)
  migrateDatabase(empty)
  empty.$client.close()
  const code = await runUserCreate(
    ['--role', 'admin', '--username', 'quantri', '--display-name', 'Quản trị', '--password', 'mat-khau-manh'],
    {
      databaseFile: file,
      passwordVariable: undefined,
      askPassword: undefined,
      out: () => {},
      err: () => {},
      passwordCost: TEST_PASSWORD_COST,
    },
  )
  expect(code).toBe(0)
  db = prepareDatabase(file).db
  app = await buildApp({ db, passwordCostForTests: TEST_PASSWORD_COST })
  admin = await signIn(app, 'quantri', 'mat-khau-manh')
})
afterAll(async () => {
  await app.close()
  db.$client.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The reference list as a union list: kind from the admin type, the city as parent, from 1/10/2025. */
function referenceAsUnits(): string {
  const [, ...lines] = referenceCommunesCsv().trim().split('\n')
  const rows = lines.map((line) => {
    const [code, name, adminType] = line.split(',')
    return [code, name, adminType, adminType === 'phuong' ? 'ward' : 'commune', '01', '2025-10-01'].join(',')
  })
  return ['code,name,admin_type,kind,parent,valid_from', ...rows].join('\n')
}

async function preview(file: UploadFile, fields: Record<string, string> = {}): Promise<UnitImportPreview> {
  const res = await upload(app, admin, '/api/organisations/import/preview', fields, file)
  expect(res.statusCode, res.body).toBe(200)
  return unitImportPreviewSchema.parse(res.json())
}
const units = async () =>
  organisationsResponseSchema.parse((await as(app, admin).get('/api/organisations')).json()).organisations

describe('the real commune list', () => {
  it('as it is (an administrative list: no kind, no parent) → 422 naming the missing columns', async () => {
    const res = await upload(
      app,
      admin,
      '/api/organisations/import/preview',
      {},
      { name: 'hanoi-communes-2025.csv', content: referenceCommunesCsv() },
    )
    const body = expectError(res, 422, 'missing_columns')
    expect(body.error.message).toBe(
      'Dòng 1 của tệp thiếu cột "Loại" (kind), "Đơn vị cấp trên" (parent code).',
    )
  })

  it('with kind and parent: 126 new units, applied in one transaction, named from their kind', async () => {
    const file = { name: 'don-vi-2025.csv', content: referenceAsUnits() }
    const result = await preview(file)
    expect(result.errors).toEqual([])
    expect(result.counts).toEqual({ new: 126, changed: 0, ended: 0, unchanged: 0, removed: 0 })
    const res = await upload(app, admin, '/api/organisations/import', { revision: result.revision }, file)
    expect(res.statusCode, res.body).toBe(200)
    const list = await units()
    expect(list).toHaveLength(31 + 126)
    expect(list.find((o) => o.code === '00256')).toMatchObject({
      fullName: 'Công đoàn phường Hai Bà Trưng',
      kind: 'ward',
    })
    expect(list.find((o) => o.code === '007')?.fullName).toBe('LĐLĐ quận Hai Bà Trưng')
    expect(list.find((o) => o.code === '00226')?.name).toBe('Văn Miếu - Quốc Tử Giám')
  })
})

describe('export → import round trip', () => {
  it('CSV: the same layout, leading zeros and diacritics kept; re-imports as all unchanged', async () => {
    const res = await as(app, admin).get('/api/organisations/export?format=csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toBe('attachment; filename="danh-sach-don-vi.csv"')
    const text = res.rawPayload.toString('utf8')
    expect(
      text.startsWith(
        '\uFEFF"Mã","Tên","Loại","Cấp hành chính","Đơn vị cấp trên","Hiệu lực từ","Hiệu lực đến","Tiếp nhận từ"\r\n',
      ),
    ).toBe(true)
    expect(text).toContain('"00256","Hai Bà Trưng","công đoàn phường","phường","01","2025-10-01","",""')
    expect(text).toContain('"007","Hai Bà Trưng","LĐLĐ quận, huyện","quận","01","2014-04-01","2025-06-30",""')
    const again = await preview({ name: 'danh-sach-don-vi.csv', content: res.rawPayload }, { mode: 'full' })
    expect(again.errors).toEqual([])
    expect(again.counts).toEqual({ new: 0, changed: 0, ended: 0, unchanged: 157, removed: 0 })
  })

  it('XLSX: a real workbook with text codes and date cells; re-imports as all unchanged', async () => {
    const res = await as(app, admin).get('/api/organisations/export?format=xlsx')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const workbook = await loadWorkbook(res.rawPayload)
    const sheet = workbook.getWorksheet('Đơn vị')
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Mã',
      'Tên',
      'Loại',
      'Cấp hành chính',
      'Đơn vị cấp trên',
      'Hiệu lực từ',
      'Hiệu lực đến',
      'Tiếp nhận từ',
    ])
    const ward = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).value === '00256')
    expect(ward?.getCell(2).value).toBe('Hai Bà Trưng')
    expect(ward?.getCell(6).value).toEqual(new Date('2025-10-01T00:00:00.000Z'))
    const again = await preview({ name: 'danh-sach-don-vi.xlsx', content: res.rawPayload }, { mode: 'full' })
    expect(again.format).toBe('xlsx')
    expect(again.errors).toEqual([])
    expect(again.counts).toEqual({ new: 0, changed: 0, ended: 0, unchanged: 157, removed: 0 })
  })

  it('a code typed as a number in Excel (leading zeros lost) is refused by its cell', async () => {
    const workbook = sheetWorkbook('Đơn vị', [
      ['Mã', 'Tên', 'Loại', 'Cấp hành chính', 'Đơn vị cấp trên', 'Hiệu lực từ'],
      [256, 'Hai Bà Trưng', 'công đoàn phường', 'phường', '01', new Date('2025-10-01T00:00:00Z')],
    ])
    const result = await preview({ name: 'so.xlsx', content: await workbookBytes(workbook) })
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ row: 2, column: 'Mã', code: '256' })
    expect(result.errors[0]?.message).toContain('đã mất số 0 ở đầu')
  })
})
