// Figures in from spreadsheets (issue 9) on the demo database: the template round trip, who gets
// which template, the apply through the entry form's rules, conflicts since the preview, previews
// bound to their user, provenance in history, and report text saved with its quote.
import type ExcelJS from 'exceljs'
import {
  dashboardResponseSchema,
  historyResponseSchema,
  importConflictSchema,
  importPreviewSchema,
  originText,
  reportResponseSchema,
} from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type TestSession } from '../fixtures/auth.ts'
import { expectError } from '../fixtures/http.ts'
import { cellOf, countRows, reportVersion, setReportState } from '../fixtures/reports.ts'
import {
  applied,
  applyImport,
  downloadTemplate,
  importUpload,
  previewOf,
  templateRows,
  xlsxFile,
} from './imports-helpers.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let unionOfficer: TestSession
let city: TestSession
let admin: TestSession
const UNIT = '00256'
beforeAll(async () => {
  unionOfficer = await signIn(t.app, 'cd00256')
  city = await signIn(t.app, 'city')
  admin = await signIn(t.app, 'admin')
})

const sheetOf = (wb: ExcelJS.Workbook) => wb.worksheets[0] as ExcelJS.Worksheet

describe('the template', () => {
  it("a union officer's: its own unit, every indicator of the year, targets and last year beside the cells to fill", async () => {
    const wb = await downloadTemplate(t.app, unionOfficer, 2026)
    const sheet = sheetOf(wb)
    expect(sheet.name).toBe('Số liệu 2026')
    const header = (sheet.getRow(4).values as unknown[]).slice(1)
    expect(header).toEqual([
      'Mã đơn vị',
      'Đơn vị',
      'Mã chỉ tiêu',
      'Chỉ tiêu (đơn vị tính)',
      'Năm',
      'Năm trước: thực hiện 2025',
      'Chỉ tiêu giao 2026',
      'Thực hiện 2026',
      'Ghi chú',
    ])
    const rows = templateRows(wb)
    expect(rows.size).toBe(12)
    expect([...rows.keys()].every((k) => k.startsWith(`${UNIT}:`))).toBe(true)
    const r = rows.get(`${UNIT}:new_members`) as number
    expect(sheet.getCell(`D${r}`).text).toBe('Đoàn viên kết nạp mới (đoàn viên)')
    expect(sheet.getCell(`D${rows.get(`${UNIT}:union_fee`) as number}`).text).toContain('(đồng)')
    // Stored figures, read from the API (not hard-coded): this year's target, last year's actual.
    const report = reportResponseSchema.parse(
      (await as(t.app, unionOfficer).get(`/api/organisations/${UNIT}/years/2026/values`)).json(),
    )
    const v = report.values.find((x) => x.indicator === 'new_members')
    expect(sheet.getCell(`G${r}`).value).toBe(v?.target)
    expect(sheet.getCell(`H${r}`).value).toBe(v?.actual)
    expect(sheet.getCell(`F${r}`).value).toBe(v?.previousActual)
    // The officer fills actuals and notes; the target and the keys are locked.
    expect(sheet.getCell(`H${r}`).protection?.locked).toBe(false)
    expect(sheet.getCell(`I${r}`).protection?.locked).toBe(false)
    expect(sheet.getCell(`G${r}`).protection?.locked).not.toBe(false)
    expect(sheet.getCell(`A${r}`).protection?.locked).not.toBe(false)
    expect(sheet.getCell(`H${r}`).dataValidation).toMatchObject({ type: 'whole', formulae: [0, 10_000_000] })
    expect(sheet.getCell(`H${r}`).numFmt).toBe('#,##0')
    // The information sheet: the report version it was made from.
    const info = wb.getWorksheet('Thông tin') as ExcelJS.Worksheet
    expect(info.getCell('A1').text).toBe('Mẫu nhập số liệu Chỉ tiêu Công đoàn')
    const versionRow = info.getRows(1, info.rowCount)?.find((row) => row.getCell(1).text === UNIT)
    expect(versionRow?.getCell(4).value).toBe(report.version)
  })

  it("city staff's: every unit reporting that year (85 unions in 2026, 30 districts in 2024), targets open, actuals locked", async () => {
    const reports = (await as(t.app, city).get('/api/reports?year=2026')).json<{ reports: unknown[] }>()
    const wb = await downloadTemplate(t.app, city, 2026)
    const rows = templateRows(wb)
    expect(new Set([...rows.keys()].map((k) => k.split(':')[0])).size).toBe(reports.reports.length)
    expect(reports.reports.length).toBeGreaterThanOrEqual(85)
    const sheet = sheetOf(wb)
    const r = rows.get(`${UNIT}:new_members`) as number
    expect(sheet.getCell(`G${r}`).protection?.locked).toBe(false)
    expect(sheet.getCell(`H${r}`).protection?.locked).not.toBe(false)
    const old = templateRows(await downloadTemplate(t.app, city, 2024))
    expect(new Set([...old.keys()].map((k) => k.split(':')[0])).size).toBe(30)
  })

  it('another unit, a viewer, a year outside the plan, a unit not valid that year are refused', async () => {
    expectError(await as(t.app, unionOfficer).get('/api/templates/2026.xlsx?unit=00004'), 403, 'forbidden')
    expectError(
      await as(t.app, await signIn(t.app, 'viewer')).get('/api/templates/2026.xlsx'),
      403,
      'forbidden',
    )
    expectError(await as(t.app, null).get('/api/templates/2026.xlsx'), 401, 'unauthenticated')
    expectError(await as(t.app, city).get('/api/templates/2031.xlsx'), 400, 'invalid_request')
    expectError(await as(t.app, city).get('/api/templates/2026.xlsx?unit=007'), 422, 'unit_not_valid')
    expectError(await as(t.app, city).get('/api/templates/2026.csv'), 400, 'invalid_request')
  })
})

describe('round trip', () => {
  it('download, upload unchanged → nothing to change; fill two cells → exactly those two', async () => {
    const wb = await downloadTemplate(t.app, unionOfficer, 2026)
    const untouched = await previewOf(t.app, unionOfficer, await xlsxFile(wb))
    expect(untouched.layout).toBe('template')
    expect(untouched.changes).toEqual([])
    expect(untouched.errors).toEqual([])
    expect(untouched.unchanged).toBe(untouched.read)

    const rows = templateRows(wb)
    const rMembers = rows.get(`${UNIT}:new_members`) as number
    const rCla = rows.get(`${UNIT}:cla_signed`) as number
    const sheet = sheetOf(wb)
    const before = cellOf(t.db, UNIT, 'new_members', 2026)
    sheet.getCell(`H${rMembers}`).value = 1056
    sheet.getCell(`I${rCla}`).value = 'Ký thêm 2 bản trong tháng 12.'
    const historyBefore = countRows(t.db, 'history')
    const preview = await previewOf(t.app, unionOfficer, await xlsxFile(wb, 'bao-cao-2026.xlsx'))
    expect(preview.changes.map((c) => [c.indicator, c.field, c.old, c.new, c.cell])).toEqual([
      ['new_members', 'actual', before?.actual ?? null, 1056, `H${rMembers}`],
      [
        'cla_signed',
        'note',
        cellOf(t.db, UNIT, 'cla_signed', 2026)?.note ?? null,
        'Ký thêm 2 bản trong tháng 12.',
        `I${rCla}`,
      ],
    ])
    expect(preview.reports).toEqual([
      expect.objectContaining({
        unit: UNIT,
        year: 2026,
        changes: 2,
        version: reportVersion(t.db, UNIT, 2026),
      }),
    ])
    // The preview wrote nothing.
    expect(countRows(t.db, 'history')).toBe(historyBefore)
    expect(cellOf(t.db, UNIT, 'new_members', 2026)?.actual).toBe(before?.actual)

    const result = await applied(t.app, unionOfficer, preview.id)
    expect(result).toEqual({
      applied: 2,
      reports: [
        {
          unit: UNIT,
          unitName: 'Công đoàn phường Hai Bà Trưng',
          year: 2026,
          version: reportVersion(t.db, UNIT, 2026),
        },
      ],
    })
    const stored = cellOf(t.db, UNIT, 'new_members', 2026)
    expect(stored?.actual).toBe(1056)
    expect(stored?.illustrative).toBe(0) // imported = real

    // History: who, when, the file, sheet and cell.
    const history = historyResponseSchema.parse(
      (
        await as(t.app, unionOfficer).get(
          `/api/organisations/${UNIT}/years/2026/history?indicator=new_members`,
        )
      ).json(),
    )
    const entry = history.entries[0]
    expect(entry?.user).toContain('Hai Bà Trưng')
    expect(entry?.origin).toEqual({
      kind: 'file',
      file: 'bao-cao-2026.xlsx',
      sheet: 'Số liệu 2026',
      cell: `H${rMembers}`,
    })
    expect(entry && originText(entry.origin)).toBe(
      `nhập từ tệp bao-cao-2026.xlsx, trang Số liệu 2026, ô H${rMembers}`,
    )

    // The preview is used up.
    expectError(await applyImport(t.app, unionOfficer, preview.id), 404, 'import_not_found')
    // The same file again changes nothing.
    expect((await previewOf(t.app, unionOfficer, await xlsxFile(wb))).changes).toEqual([])
  })

  it("a blank template cell clears the stored figure; the city's template sets targets", async () => {
    const wb = await downloadTemplate(t.app, city, 2026, UNIT)
    const r = templateRows(wb).get(`${UNIT}:party_referrals`) as number
    const old = cellOf(t.db, UNIT, 'party_referrals', 2026)?.target ?? null
    sheetOf(wb).getCell(`G${r}`).value = (old ?? 0) + 7
    const preview = await previewOf(t.app, city, await xlsxFile(wb, 'chi-tieu.xlsx'))
    expect(preview.changes).toEqual([
      expect.objectContaining({ indicator: 'party_referrals', field: 'target', old, new: (old ?? 0) + 7 }),
    ])
    await applied(t.app, city, preview.id)
    expect(cellOf(t.db, UNIT, 'party_referrals', 2026)?.target).toBe((old ?? 0) + 7)

    const mine = await downloadTemplate(t.app, unionOfficer, 2026)
    const rowNote = templateRows(mine).get(`${UNIT}:cla_signed`) as number
    sheetOf(mine).getCell(`I${rowNote}`).value = null
    const cleared = await previewOf(t.app, unionOfficer, await xlsxFile(mine))
    expect(cleared.changes).toEqual([
      expect.objectContaining({ indicator: 'cla_signed', field: 'note', new: null }),
    ])
  })
})

describe('the same rules as the entry form', () => {
  it('city staff changing an actual, an officer changing a target: errors naming the cell, nothing written', async () => {
    const wb = await downloadTemplate(t.app, city, 2026, UNIT)
    const r = templateRows(wb).get(`${UNIT}:new_unions`) as number
    sheetOf(wb).getCell(`H${r}`).value = 99
    const preview = await previewOf(t.app, city, await xlsxFile(wb))
    expect(preview.changes).toEqual([])
    expect(preview.errors.map((e) => [e.sheet, e.cell])).toEqual([['Số liệu 2026', `H${r}`]])
    expect(preview.errors[0]?.message).toContain('không được nhập số thực hiện')
    expectError(await applyImport(t.app, city, preview.id), 422, 'import_has_errors')

    const mine = await downloadTemplate(t.app, unionOfficer, 2026)
    const rt = templateRows(mine).get(`${UNIT}:new_unions`) as number
    sheetOf(mine).getCell(`G${rt}`).value = 1
    const refused = await previewOf(t.app, unionOfficer, await xlsxFile(mine))
    expect(refused.errors[0]?.cell).toBe(`G${rt}`)
    expect(refused.errors[0]?.message).toContain('giao chỉ tiêu')
  })

  it('an accepted report is locked; a submitted one is closed to its officer', async () => {
    const wb = await downloadTemplate(t.app, admin, 2026, UNIT)
    const r = templateRows(wb).get(`${UNIT}:dues`) as number
    sheetOf(wb).getCell(`H${r}`).value = 123_000_000
    const file = await xlsxFile(wb)
    setReportState(t.db, UNIT, 2026, 'accepted')
    const locked = await previewOf(t.app, admin, file)
    expect(locked.errors.map((e) => [e.sheet, e.cell])).toEqual([['Số liệu 2026', `H${r}`]])
    expect(locked.errors[0]?.message).toContain('đã được duyệt và khóa')
    setReportState(t.db, UNIT, 2026, 'submitted')
    const mine = await downloadTemplate(t.app, unionOfficer, 2026)
    sheetOf(mine).getCell(`H${r}`).value = 123_000_000
    const submitted = await previewOf(t.app, unionOfficer, await xlsxFile(mine))
    expect(submitted.errors[0]?.message).toContain('chờ thành phố duyệt')
    setReportState(t.db, UNIT, 2026, 'draft')
  })
})

describe('conflicts and ownership of previews', () => {
  it('a cell changed by someone since the preview → 409 with the cell; nothing of the import is written', async () => {
    const wb = await downloadTemplate(t.app, admin, 2026, UNIT)
    const rows = templateRows(wb)
    const rA = rows.get(`${UNIT}:welfare_beneficiaries`) as number
    const rB = rows.get(`${UNIT}:workers_total`) as number
    sheetOf(wb).getCell(`H${rA}`).value = 4321
    sheetOf(wb).getCell(`H${rB}`).value = 7777
    const preview = await previewOf(t.app, admin, await xlsxFile(wb))
    expect(preview.changes).toHaveLength(2)
    // The officer saves the same cell in the form meanwhile.
    const res = await as(t.app, unionOfficer).send('PUT', `/api/organisations/${UNIT}/years/2026/values`, {
      version: reportVersion(t.db, UNIT, 2026),
      values: [{ indicator: 'welfare_beneficiaries', actual: 4000 }],
    })
    expect(res.statusCode, res.body).toBe(200)
    const history = countRows(t.db, 'history')
    const conflict = await applyImport(t.app, admin, preview.id)
    expect(conflict.statusCode).toBe(409)
    const body = importConflictSchema.parse(conflict.json())
    expect(body.error.cells).toEqual([
      expect.objectContaining({
        unit: UNIT,
        year: 2026,
        indicator: 'welfare_beneficiaries',
        yours: 4321,
        theirs: 4000,
      }),
    ])
    expect(countRows(t.db, 'history')).toBe(history)
    expect(cellOf(t.db, UNIT, 'welfare_beneficiaries', 2026)?.actual).toBe(4000)
    expect(cellOf(t.db, UNIT, 'workers_total', 2026)?.actual).not.toBe(7777)
  })

  it('a cell changed by someone after the template was made is kept, never overwritten from the old copy', async () => {
    const wb = await downloadTemplate(t.app, unionOfficer, 2026)
    const made = reportVersion(t.db, UNIT, 2026)
    const res = await as(t.app, unionOfficer).send('PUT', `/api/organisations/${UNIT}/years/2026/values`, {
      version: made,
      values: [{ indicator: 'party_referrals', actual: 61 }],
    })
    expect(res.statusCode, res.body).toBe(200)
    const rows = templateRows(wb)
    const r = rows.get(`${UNIT}:cla_signed`) as number
    sheetOf(wb).getCell(`H${r}`).value = 23
    const preview = await previewOf(t.app, unionOfficer, await xlsxFile(wb))
    // Only the cell the person filled changes; the other one keeps what was saved meanwhile.
    expect(preview.changes.map((c) => [c.indicator, c.field, c.new])).toEqual([['cla_signed', 'actual', 23]])
    const kept = preview.warnings.find((w) => w.cell === `H${rows.get(`${UNIT}:party_referrals`) ?? 0}`)
    expect(kept?.message).toContain('sửa thành 61 sau khi tải mẫu; giữ số hiện tại')
    await applied(t.app, unionOfficer, preview.id)
    expect(cellOf(t.db, UNIT, 'party_referrals', 2026)?.actual).toBe(61)
  })

  it('two cells for one figure: the file contradicts itself, both named', async () => {
    const wb = await downloadTemplate(t.app, unionOfficer, 2026)
    const sheet = sheetOf(wb)
    const r = templateRows(wb).get(`${UNIT}:cla_signed`) as number
    const copy = sheet.rowCount + 1
    sheet.getRow(copy).values = (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1)
    sheet.getCell(`H${copy}`).value = 99
    const preview = await previewOf(t.app, unionOfficer, await xlsxFile(wb))
    expect(preview.errors.map((e) => e.cell)).toContain(`H${copy}`)
    expect(preview.errors.find((e) => e.cell === `H${copy}`)?.message).toContain(`trùng với ô H${r}`)
  })

  it("a preview is its maker's: another user's apply reads as not found; a malformed id is a 400", async () => {
    const wb = await downloadTemplate(t.app, admin, 2026, UNIT)
    const r = templateRows(wb).get(`${UNIT}:members_total`) as number
    sheetOf(wb).getCell(`H${r}`).value = 5000
    const preview = await previewOf(t.app, admin, await xlsxFile(wb))
    expectError(await applyImport(t.app, city, preview.id), 404, 'import_not_found')
    expectError(await applyImport(t.app, admin, 'xyz'), 400, 'invalid_request')
    expectError(
      await importUpload(t.app, await signIn(t.app, 'viewer'), await xlsxFile(wb)),
      403,
      'forbidden',
    )
    expectError(await importUpload(t.app, null, await xlsxFile(wb)), 401, 'unauthenticated')
  })
})

describe('report text', () => {
  it('accepted figures are previewed, then saved with their quote, qualifier and period', async () => {
    const quote = 'kết nạp mới hơn 1.200 đoàn viên'
    const body = {
      figures: [
        {
          unit: UNIT,
          year: 2026,
          indicator: 'new_members',
          actual: 1200,
          target: 99_999,
          qualifier: 'at_least',
          period: 'part_year',
          periodText: '9 tháng đầu năm',
          quote,
        },
      ],
    }
    const res = await as(t.app, unionOfficer).send('POST', '/api/imports/text', body)
    expect(res.statusCode, res.body).toBe(200)
    const preview = importPreviewSchema.parse(res.json())
    expect(preview.layout).toBe('text')
    expect(preview.changes).toEqual([
      expect.objectContaining({ field: 'actual', new: 1200, newQualifier: 'at_least', quote }),
    ])
    // The text's target is not the officer's to set: left out, said so.
    expect(preview.warnings.some((w) => w.message.includes('không lưu chỉ tiêu'))).toBe(true)
    await applied(t.app, unionOfficer, preview.id)
    const report = reportResponseSchema.parse(
      (await as(t.app, unionOfficer).get(`/api/organisations/${UNIT}/years/2026/values`)).json(),
    )
    const v = report.values.find((x) => x.indicator === 'new_members')
    expect(v).toMatchObject({ actual: 1200, actualQualifier: 'at_least', quote, illustrative: false })
    const history = historyResponseSchema.parse(
      (
        await as(t.app, unionOfficer).get(
          `/api/organisations/${UNIT}/years/2026/history?indicator=new_members`,
        )
      ).json(),
    )
    expect(history.entries[0]?.origin).toEqual({ kind: 'text', quote, period: 'part_year' })
    // Wherever the figure is shown: the dashboard's cell carries its quote, bound and period.
    const dashboard = dashboardResponseSchema.parse(
      (await as(t.app, city).get('/api/dashboard?year=2026')).json(),
    )
    const cell = dashboard.cells.find((c) => c.unit === UNIT && c.indicator === 'new_members')
    expect(cell).toMatchObject({
      actual: 1200,
      actualQualifier: 'at_least',
      quote,
      period: 'part_year',
      timing: '9 tháng đầu năm',
    })
  })

  it('a viewer may not; another unit is refused in the preview', async () => {
    const fig = {
      unit: '00004',
      year: 2026,
      indicator: 'dues',
      actual: 5,
      target: null,
      qualifier: 'exact',
      period: 'year',
      quote: 'thu 5 đồng',
    }
    expectError(
      await as(t.app, await signIn(t.app, 'viewer')).send('POST', '/api/imports/text', { figures: [fig] }),
      403,
      'forbidden',
    )
    const res = await as(t.app, unionOfficer).send('POST', '/api/imports/text', { figures: [fig] })
    const preview = importPreviewSchema.parse(res.json())
    expect(preview.errors[0]?.message).toContain('của đơn vị mình')
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
