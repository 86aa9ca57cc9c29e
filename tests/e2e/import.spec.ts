// "Nhập từ Excel" in the real built app: a union officer downloads its template from the page,
// fills a cell in Excel (exceljs here), uploads it, reads the preview, saves, and sees the changed
// report; city staff confirm the mapping of a sheet in another layout; a bad file is explained.
import ExcelJS from 'exceljs'
import { sheetWorkbook, workbookBytes } from '../fixtures/xlsx.ts'
import {
  expect,
  expectPageHeading,
  test,
  signInAs,
  expectNoSeriousViolations,
  AXE_WCAG_TAGS,
} from './helpers.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test('a union officer fills the template, previews, saves and sees the report changed', async ({ page }) => {
  await signInAs(page, 'cd00256')
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click()
  await expectPageHeading(page, 'Nhập từ Excel')

  // The template, downloaded by the browser from the page's link.
  await page.getByLabel('Năm', { exact: true }).selectOption('2026')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải mẫu Excel năm 2026' }).click(),
  ])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await download.path())
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet
  let target = 0
  sheet.eachRow((row, n) => {
    if (row.getCell(3).text === 'new_members') target = n
  })
  expect(target).toBeGreaterThan(4)
  sheet.getCell(`H${target}`).value = 1056
  const buffer = await workbookBytes(workbook)

  await page
    .getByLabel('Tệp Excel (.xlsx) hoặc CSV')
    .setInputFiles({ name: 'bao-cao-2026.xlsx', mimeType: XLSX, buffer })
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await expect(page.getByRole('heading', { name: '3. Xem trước: bao-cao-2026.xlsx' })).toBeVisible()
  await expect(page.getByText('1 ô sẽ thay đổi trong 1 báo cáo', { exact: false })).toBeVisible()
  const changes = page.getByRole('table', { name: 'Các ô sẽ thay đổi' })
  await expect(changes.locator('tbody tr')).toHaveCount(1)
  await expect(changes.locator('tbody tr').first()).toContainText('Đoàn viên kết nạp mới')
  await expect(changes.locator('tbody tr').first()).toContainText('1.056 đoàn viên')
  await expect(changes.locator('tbody tr').first()).toContainText(`trang Số liệu 2026, ô H${target}`)

  await expectNoSeriousViolations(page, AXE_WCAG_TAGS)

  await page.getByRole('button', { name: 'Lưu các thay đổi' }).click()
  await expect(page.getByText('Đã lưu 1 ô vào 1 báo cáo.')).toBeVisible()
  await page.getByRole('link', { name: 'Báo cáo Công đoàn phường Hai Bà Trưng, năm 2026' }).click()
  const members = page.getByRole('group', { name: /^Phát triển \(kết nạp\) đoàn viên mới/ })
  await expect(members.getByLabel('Thực hiện 2026')).toHaveValue('1.056')

  // The history names the file and the cell.
  await members.getByRole('button', { name: /Lịch sử/ }).click()
  await expect(
    page.getByText(`nhập từ tệp bao-cao-2026.xlsx, trang Số liệu 2026, ô H${target}`),
  ).toBeVisible()
})

test('city staff confirm the mapping of another layout; a bad cell is named', async ({ page }) => {
  await signInAs(page, 'city')
  await page.goto('/nhap-tu-excel')
  await expectPageHeading(page, 'Nhập từ Excel')
  const buffer = await workbookBytes(
    sheetWorkbook('Tổng hợp', [
      ['KẾ HOẠCH NĂM 2027'],
      ['Đơn vị', 'Chỉ tiêu giao kết nạp đoàn viên mới', 'Chỉ tiêu thỏa ước'],
      ['Hai Bà Trưng', 410, '2,352'],
      ['Phường không rõ', 1, 1],
    ]),
  )
  await page
    .getByLabel('Tệp Excel (.xlsx) hoặc CSV')
    .setInputFiles({ name: 'ke-hoach-2027.xlsx', mimeType: XLSX, buffer })
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await expect(page.getByRole('heading', { name: 'Xác nhận cách ghép cột và dòng' })).toBeVisible()
  await expect(page.getByLabel('Năm của số liệu')).toHaveValue('2027')
  await expect(page.getByRole('button', { name: 'Lưu các thay đổi' })).toBeDisabled()
  // The decimal comma is explained, naming the sheet and cell.
  await expect(page.getByText('dấu phẩy là phần thập phân; viết 2.352')).toBeVisible()
  await expect(page.getByText('trang Tổng hợp, ô C3:')).toBeVisible()

  // The third column is not taken; the unknown row is left out.
  await page.getByLabel('Chỉ tiêu của cột C (Chỉ tiêu thỏa ước)').selectOption('')
  await expect(page.getByLabel('Đơn vị của dòng 4 (Phường không rõ)')).toHaveValue('')
  await page.getByRole('button', { name: 'Xác nhận cách ghép và xem lại' }).click()
  const changes = page.getByRole('table', { name: 'Các ô sẽ thay đổi' })
  await expect(changes.locator('tbody tr')).toHaveCount(1)
  await expect(changes).toContainText('410 đoàn viên')
  await expect(changes).toContainText('Chỉ tiêu giao')
  await page.getByRole('button', { name: 'Lưu các thay đổi' }).click()
  await expect(page.getByText('Đã lưu 1 ô vào 1 báo cáo.')).toBeVisible()
})

test('a file that is not a spreadsheet is refused in Vietnamese; a viewer has no page', async ({ page }) => {
  await signInAs(page, 'cd00256')
  await page.goto('/nhap-tu-excel')
  await page.getByLabel('Tệp Excel (.xlsx) hoặc CSV').setInputFiles({
    name: 'anh.xlsx',
    mimeType: XLSX,
    buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  })
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await expect(page.getByRole('alert')).toContainText('Tệp không phải bảng tính Excel (.xlsx) hoặc CSV')
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await signInAs(page, 'viewer')
  await expect(page.getByRole('link', { name: 'Nhập từ Excel' })).toHaveCount(0)
})
