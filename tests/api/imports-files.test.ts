// Figures in from files of other shapes (issue 9): ten years of every unit in the dashboard's own
// long download (XLSX and CSV), a sheet in another layout through a confirmed mapping, and every
// bad file: named by sheet and cell in Vietnamese, nothing written.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import {
  importPreviewSchema,
  indicatorsResponseSchema,
  organisationsResponseSchema,
  type ImportMapping,
} from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type TestSession } from '../fixtures/auth.ts'
import { expectError } from '../fixtures/http.ts'
import { cellOf, countRows, setReportState } from '../fixtures/reports.ts'
import { DASHBOARD_HEADER } from '../fixtures/xlsx.ts'
import { applied, applyImport, importUpload, previewOf, sheetFile } from './imports-helpers.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let admin: TestSession
let unionOfficer: TestSession
beforeAll(async () => {
  admin = await signIn(t.app, 'admin')
  unionOfficer = await signIn(t.app, 'cd00256')
})

describe('long form: the dashboard download, ten years of every unit in one file', () => {
  it('2016–2025 for every district: the preview lists each changed cell, apply writes them all', async () => {
    const units = organisationsResponseSchema
      .parse((await as(t.app, admin).get('/api/organisations')).json())
      .organisations.filter((o) => o.kind === 'district')
    const indicators = indicatorsResponseSchema.parse((await as(t.app, admin).get('/api/indicators')).json())
    const rows: Array<Array<string | number | null>> = [[...DASHBOARD_HEADER]]
    let expected = 0
    for (let year = 2016; year <= 2025; year += 1) {
      for (const unit of units) {
        for (const ind of indicators.indicators) {
          if (ind.firstYear !== null && year < ind.firstYear) continue
          // Values of the file's own, different from anything stored (they end in 7 and are huge).
          const actual = 1_000_007 + year
          const target = ind.takesTarget ? 2_000_007 + year : null
          expected += ind.takesTarget ? 2 : 1
          rows.push([
            year,
            unit.code,
            unit.name,
            ind.nameVi,
            ind.unitLabel,
            actual,
            target,
            null,
            'Đạt',
            null,
            null,
            'Báo cáo năm',
            'số thực hiện là cận dưới (“hơn”)',
            'Mới nhất',
          ])
        }
      }
    }
    // What the download adds: city totals, illustrative rows (never imported as real).
    rows.push([
      2024,
      null,
      'Toàn thành phố (cộng các đơn vị đã báo cáo)',
      indicators.indicators[0]?.nameVi ?? '',
      '',
      5,
      5,
      null,
      '',
      null,
      null,
      null,
      null,
      '',
    ])
    rows.push([
      2024,
      '001',
      'Ba Đình',
      'Tổng số đoàn viên',
      'đoàn viên',
      1,
      null,
      null,
      '',
      null,
      null,
      'dữ liệu minh họa',
      'dữ liệu minh họa',
      '',
    ])
    const file = await sheetFile(rows, 'so-lieu-10-nam.xlsx', 'Số liệu')
    const preview = await previewOf(t.app, admin, file)
    expect(preview.layout).toBe('long')
    expect(preview.errors).toEqual([])
    expect(preview.changes.length).toBe(expected)
    expect(preview.reports.length).toBe(300)
    expect(preview.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('1 dòng dữ liệu minh họa'),
        expect.stringContaining('toàn thành phố'),
      ]),
    )
    const first = preview.changes.find(
      (c) => c.unit === '007' && c.year === 2019 && c.indicator === 'new_members' && c.field === 'actual',
    )
    expect(first).toMatchObject({ new: 1_002_026, newQualifier: 'at_least', sheet: 'Số liệu' })
    const result = await applied(t.app, admin, preview.id)
    expect(result.applied).toBe(expected)
    expect(result.reports.length).toBe(300)
    expect(cellOf(t.db, '007', 'new_members', 2019)).toMatchObject({
      actual: 1_002_026,
      target: 2_002_026,
      illustrative: 0,
    })
    // The same file again: nothing left to change.
    const again = await previewOf(t.app, admin, file)
    expect(again.changes).toEqual([])
    expect(again.unchanged).toBe(expected)
  }, 60_000)

  it('the CSV download reads the same (comma, BOM, quoted text)', async () => {
    const csv =
      '\uFEFF' +
      [
        DASHBOARD_HEADER.map((h) => `"${h}"`).join(','),
        `2023,"007","Hai Bà Trưng","Thỏa ước lao động tập thể ký mới","bản",31,40,77.5,"Chưa đạt",,,"Báo cáo","",""`,
      ].join('\r\n')
    const preview = await previewOf(t.app, admin, { name: 'so-lieu.csv', content: csv })
    expect(preview.layout).toBe('long')
    expect(
      preview.changes.map((c) => [c.unit, c.year, c.indicator, c.field, c.new, c.cell, c.sheet]),
    ).toEqual([
      ['007', 2023, 'cla_signed', 'actual', 31, 'F2', null],
      ['007', 2023, 'cla_signed', 'target', 40, 'G2', null],
    ])
  })
})

describe('another layout: units as rows, indicators as columns, after the mapping is confirmed', () => {
  it('proposes a mapping; apply waits for it; the corrected mapping re-previews and applies', async () => {
    const file = await sheetFile(
      [
        ['BÁO CÁO KẾT QUẢ NĂM 2024'],
        ['STT', 'Tên đơn vị', 'Kết nạp đoàn viên mới', 'Thỏa ước ký mới', 'Số lao động nữ'],
        [1, 'Ba Đình', 1201, 17, 55],
        [2, 'Hai Bà Trưng', 1302, 19, 66],
        [3, 'Quận không có', 1, 1, 1],
      ],
      'ket-qua-2024.xlsx',
      'Tổng hợp',
    )
    const preview = await previewOf(t.app, admin, file)
    expect(preview.layout).toBe('mapped')
    expect(preview.mappingConfirmed).toBe(false)
    const mapping = preview.mapping as ImportMapping
    expect(mapping).toMatchObject({ sheet: 'Tổng hợp', headerRow: 2, unitColumn: 'B', year: 2024 })
    expect(mapping.columns.map((c) => [c.column, c.indicator, c.field])).toEqual([
      ['A', null, 'actual'],
      ['C', 'new_members', 'actual'],
      ['D', 'cla_signed', 'actual'],
      ['E', null, 'actual'],
    ])
    expect(mapping.rows).toEqual([
      { row: 3, label: 'Ba Đình', unit: '001' },
      { row: 4, label: 'Hai Bà Trưng', unit: '007' },
      { row: 5, label: 'Quận không có', unit: null },
    ])
    expect(preview.changes.length).toBe(4)
    expect(preview.warnings[0]).toMatchObject({ sheet: 'Tổng hợp', cell: 'B5' })
    expectError(await applyImport(t.app, admin, preview.id), 422, 'mapping_unconfirmed')

    // The person corrects it: column D is not taken, row 5 is Đống Đa.
    const corrected: ImportMapping = {
      ...mapping,
      columns: mapping.columns.map((c) => (c.column === 'D' ? { ...c, indicator: null } : c)),
      rows: mapping.rows.map((r) => (r.row === 5 ? { ...r, unit: '006' } : r)),
    }
    const res = await as(t.app, admin).send('POST', `/api/imports/${preview.id}/mapping`, {
      mapping: corrected,
    })
    expect(res.statusCode, res.body).toBe(200)
    const confirmed = importPreviewSchema.parse(res.json())
    expect(confirmed.mappingConfirmed).toBe(true)
    expect(confirmed.changes.map((c) => [c.unit, c.indicator, c.new, c.cell])).toEqual([
      ['001', 'new_members', 1201, 'C3'],
      ['007', 'new_members', 1302, 'C4'],
      ['006', 'new_members', 1, 'C5'],
    ])
    await applied(t.app, admin, confirmed.id)
    expect(cellOf(t.db, '006', 'new_members', 2024)?.actual).toBe(1)
    // The first preview was replaced by the confirmed one.
    expectError(await applyImport(t.app, admin, preview.id), 404, 'import_not_found')
  })
})

describe('bad files: Vietnamese errors naming sheet and cell, nothing written', () => {
  const HEAD = ['Mã đơn vị', 'Năm', 'Mã chỉ tiêu', 'Thực hiện', 'Chỉ tiêu giao']

  it('text, "2,352", negative, fractional count, formula error, unknown unit, unit not valid, year outside the plan', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Nhập')
    sheet.addRow(HEAD)
    sheet.addRow(['00256', 2026, 'new_members', 'khoảng một nghìn', null]) // D2 text
    sheet.addRow(['00256', 2026, 'new_unions', '2,352', null]) // D3 decimal comma
    sheet.addRow(['00256', 2026, 'cla_signed', -3, null]) // D4 negative
    sheet.addRow(['00256', 2026, 'party_referrals', 2.5, null]) // D5 fractional
    sheet.addRow(['00256', 2026, 'dues', null, null])
    sheet.getCell('D6').value = { formula: 'D2/0', result: { error: '#DIV/0!' } } // D6 formula error
    sheet.addRow(['99999', 2026, 'dues', 1, null]) // A7 unknown unit
    sheet.addRow(['007', 2026, 'dues', 1, null]) // A8 ended 30/6/2025
    sheet.addRow(['00256', 2028, 'dues', 1, null]) // year outside the plan
    const history = countRows(t.db, 'history')
    const preview = await previewOf(t.app, admin, {
      name: 'loi.xlsx',
      content: Buffer.from(await workbook.xlsx.writeBuffer()),
    })
    const at = (cell: string) => preview.errors.find((e) => e.cell === cell)
    expect(preview.errors.every((e) => e.sheet === 'Nhập')).toBe(true)
    expect(at('D2')?.message).toContain('Không đọc được "khoảng một nghìn" thành số')
    expect(at('D3')?.message).toContain('dấu phẩy là phần thập phân; viết 2.352')
    expect(at('D4')?.message).toContain('Không được là số âm')
    expect(at('D5')?.message).toContain('phải là số nguyên')
    expect(at('D6')?.message).toContain('lỗi công thức (#DIV/0!)')
    expect(at('A7')?.message).toBe('Không có đơn vị "99999".')
    expect(at('A8')?.message).toContain('nên không có báo cáo năm 2026')
    expect(at('D9')?.message).toContain('năm 2028 nằm ngoài khoảng này')
    expect(preview.changes).toEqual([])
    expectError(await applyImport(t.app, admin, preview.id), 422, 'import_has_errors')
    expect(countRows(t.db, 'history')).toBe(history)
  })

  it('a unit the user may not write, an accepted report', async () => {
    const file = await sheetFile([HEAD, ['00004', 2026, 'dues', 1234, null]], 'khac.xlsx', 'Nhập')
    const other = await previewOf(t.app, unionOfficer, file)
    expect(other.errors.map((e) => [e.sheet, e.cell])).toEqual([['Nhập', 'D2']])
    expect(other.errors[0]?.message).toContain('chỉ được nhập số thực hiện và ghi chú của đơn vị mình')
    setReportState(t.db, '00004', 2026, 'accepted')
    const locked = await previewOf(t.app, admin, file)
    expect(locked.errors[0]?.cell).toBe('D2')
    expect(locked.errors[0]?.message).toContain('đã được duyệt và khóa')
  })

  it('not a spreadsheet (415), 50 MB (413), a zip bomb (422), an empty file, no file', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    expectError(await importUpload(t.app, admin, { name: 'anh.png', content: png }), 415, 'not_a_spreadsheet')
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)])
    const old = expectError(
      await importUpload(t.app, admin, { name: 'cu.xls', content: xls }),
      415,
      'not_a_spreadsheet',
    )
    expect(old.error.message).toContain('.xls')
    const big = expectError(
      await importUpload(t.app, admin, { name: 'lon.xlsx', content: Buffer.alloc(50 * 1024 * 1024, 0x41) }),
      413,
      'file_too_large',
    )
    expect(big.error.message).toContain('10 MB')
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('xl/workbook.xml', '<workbook/>')
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20))
    const bomb = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    })
    expect(bomb.length).toBeLessThan(200 * 1024)
    expectError(await importUpload(t.app, admin, { name: 'bom.xlsx', content: bomb }), 422, 'zip_bomb')
    expectError(await importUpload(t.app, admin, { name: 'rong.csv', content: '' }), 422, 'empty_file')
    expectError(
      await as(t.app, admin).send('POST', '/api/imports', { file: 'x' }),
      415,
      'unsupported_media_type',
    )
    expectError(
      await importUpload(t.app, admin, { name: 'x.csv', content: 'a,b\n1,2\n' }),
      422,
      'layout_unknown',
    )
  }, 60_000)
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
