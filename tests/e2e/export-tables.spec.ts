// "Tải CSV" / "Tải Excel" beside the tables: what a spreadsheet reads back from the files.
import { expect, test } from './helpers.ts'
import { DASHBOARD_HEADER, loadWorkbook, readXlsxCells } from '../fixtures/xlsx.ts'
import { download, parseCsv, signIn } from './present-helpers.ts'

const NEW_MEMBERS = 'Phát triển (kết nạp) đoàn viên mới'

test.beforeEach(async ({ page }) => signIn(page))

test('dashboard table as CSV: BOM, Vietnamese headers, Hai Bà Trưng 2021 new members 2352 as plain digits', async ({
  page,
}) => {
  await page.goto('/?year=2021')
  const section = page.getByRole('group', { name: /^Tải bảng mức đạt chỉ tiêu năm/ })
  const file = await download(page, section.getByRole('button', { name: 'Tải CSV' }))
  expect(file.name).toBe('so-lieu-chi-tieu-2021.csv')
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const rows = parseCsv(file.bytes.toString('utf8').slice(1))
  expect(rows[0]).toEqual(DASHBOARD_HEADER)
  const hbt = rows.find((r) => r[2] === 'Hai Bà Trưng' && r[3] === NEW_MEMBERS)
  expect(hbt?.slice(0, 9)).toEqual([
    '2021',
    '007',
    'Hai Bà Trưng',
    NEW_MEMBERS,
    'đoàn viên',
    '2352',
    '1330',
    '176.8',
    'Đạt/vượt',
  ])
  expect(hbt?.[rows[0]?.indexOf('Nguồn') ?? -1]).toContain('Báo Lao động Thủ đô')
  // 30 districts × the year's indicators, plus one city row per indicator.
  const indicators = new Set(rows.slice(1).map((r) => r[3]))
  expect(rows.filter((r) => r.length > 1)).toHaveLength(1 + 31 * indicators.size)
})

test('dashboard table as Excel: header row, widths, frozen header, 2352 stored as a number', async ({
  page,
}) => {
  await page.goto('/?year=2021')
  const section = page.getByRole('group', { name: /^Tải bảng mức đạt chỉ tiêu năm/ })
  const file = await download(page, section.getByRole('button', { name: 'Tải Excel' }))
  expect(file.name).toBe('so-lieu-chi-tieu-2021.xlsx')
  const { sheet, cells } = await readXlsxCells(file.bytes)
  expect(['A1', 'C1', 'F1', 'H1'].map((ref) => cells.get(ref)?.value)).toEqual([
    'Năm',
    'Đơn vị',
    'Thực hiện',
    '% đạt',
  ])
  expect(sheet).toMatch(/<col [^>]*width="/)
  expect(sheet).toMatch(/<pane [^>]*ySplit="1"/)
  const row = [...cells].find(
    ([ref, c]) =>
      ref.startsWith('C') &&
      c.value === 'Hai Bà Trưng' &&
      cells.get(`D${ref.slice(1)}`)?.value === NEW_MEMBERS,
  )
  const n = row?.[0].slice(1)
  expect(cells.get(`F${n}`)).toEqual({ value: '2352', number: true })
  expect(cells.get(`H${n}`)).toEqual({ value: '176.8', number: true })
})

test('ranking and district series download too', async ({ page }) => {
  await page.goto('/indicators/new_members?year=2021')
  const ranking = await download(
    page,
    page.getByRole('group', { name: 'Tải bảng xếp hạng năm 2021' }).getByRole('button', { name: 'Tải CSV' }),
  )
  expect(ranking.name).toBe('xep-hang-new_members-2021.csv')
  const rows = parseCsv(ranking.bytes.toString('utf8').slice(1))
  expect(rows[0]?.slice(0, 6)).toEqual([
    'Hạng',
    'Mã đơn vị',
    'Đơn vị',
    'Thực hiện (đoàn viên)',
    'Chỉ tiêu giao (đoàn viên)',
    '% đạt',
  ])
  expect(rows.find((r) => r[2] === 'Hai Bà Trưng')?.slice(3, 6)).toEqual(['2352', '1330', '176.8'])

  await page.goto('/districts/007')
  const series = await download(page, page.getByRole('button', { name: 'Tải Excel' }))
  expect(series.name).toBe('so-lieu-007-hai-ba-trung.xlsx')
  const { cells } = await readXlsxCells(series.bytes)
  const hit = [...cells].find(
    ([ref, c]) =>
      ref.startsWith('B') && c.value === NEW_MEMBERS && cells.get(`A${ref.slice(1)}`)?.value === '2021',
  )
  expect(cells.get(`D${hit?.[0].slice(1)}`)).toEqual({ value: '2352', number: true })
})

/** What Excel shows for a number under a cell format: only grouping matters here ("2,021" or "2021"). */
function shown(value: number, format: string | undefined): string {
  const grouped = format !== undefined && /#,##0|#,#/.test(format)
  return grouped ? value.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(value)
}

test('a year in an Excel download reads 2021, never "2,021" (dashboard and district series)', async ({
  page,
}) => {
  const years = async (bytes: Buffer) => {
    const book = await loadWorkbook(bytes)
    const sheet = book.worksheets[0]
    expect(sheet?.getCell('A1').value).toBe('Năm')
    const found: string[] = []
    sheet?.getColumn(1).eachCell((cell, row) => {
      if (row === 1 || cell.value === null) return
      found.push(typeof cell.value === 'number' ? shown(cell.value, cell.numFmt) : cell.text)
    })
    return found
  }
  await page.goto('/?year=2021')
  const section = page.getByRole('group', { name: /^Tải bảng mức đạt chỉ tiêu năm/ })
  const dashboard = await years(
    (await download(page, section.getByRole('button', { name: 'Tải Excel' }))).bytes,
  )
  expect(dashboard.length).toBeGreaterThan(30)
  expect(new Set(dashboard)).toEqual(new Set(['2021']))

  await page.goto('/districts/007')
  const series = await years((await download(page, page.getByRole('button', { name: 'Tải Excel' }))).bytes)
  expect(series).toContain('2021')
  for (const year of series) expect(year).toMatch(/^20\d\d$/)
})

test('downloads carry the marks: a change from an invented year is marked, one from a part year left out', async ({
  page,
}) => {
  await page.goto('/?year=2021')
  const section = page.getByRole('group', { name: /^Tải bảng mức đạt chỉ tiêu năm/ })
  const file = await download(page, section.getByRole('button', { name: 'Tải CSV' }))
  const rows = parseCsv(file.bytes.toString('utf8').slice(1))
  const head = rows[0] ?? []
  const hbt = rows.find((r) => r[2] === 'Hai Bà Trưng' && r[3] === NEW_MEMBERS) ?? []
  // 2.352 against the invented 1.387 of 2020: the number stays, the note says what it rests on.
  expect(hbt[head.indexOf('So với năm trước (%)')]).toBe('69.6')
  expect(hbt[head.indexOf('Ghi chú')]).toContain('so với năm trước tính từ dữ liệu minh họa')
  expect(hbt[head.indexOf('Nguồn')]).toContain('Báo Lao động Thủ đô')

  await page.goto('/indicators/new_members?year=2021')
  const ranking = await download(
    page,
    page.getByRole('group', { name: 'Tải bảng xếp hạng năm 2021' }).getByRole('button', { name: 'Tải CSV' }),
  )
  const ranked = parseCsv(ranking.bytes.toString('utf8').slice(1))
  const rHead = ranked[0] ?? []
  const rHbt = ranked.find((r) => r[2] === 'Hai Bà Trưng') ?? []
  expect(rHbt[rHead.indexOf('Ghi chú')]).toContain('thay đổi hạng tính từ dữ liệu minh họa')

  const res = await page.request.get('/api/dashboard?year=2026')
  test.skip(!res.ok(), 'no 2026 in this database')
  await page.goto('/?year=2026')
  const csv = await download(
    page,
    page
      .getByRole('group', { name: /^Tải bảng mức đạt chỉ tiêu năm/ })
      .getByRole('button', { name: 'Tải CSV' }),
  )
  const y2026 = parseCsv(csv.bytes.toString('utf8').slice(1))
  const h = y2026[0] ?? []
  const members = y2026.filter(
    (r) => r[3] === NEW_MEMBERS && r[h.indexOf('Ghi chú')]?.includes('một phần năm'),
  )
  expect(members.length).toBeGreaterThan(10)
  for (const r of members) expect(r[h.indexOf('So với năm trước (%)')]).toBe('')
})
