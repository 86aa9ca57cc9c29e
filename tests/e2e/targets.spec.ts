// The city's target grid: copy last year with an uplift, paste a column from a spreadsheet, check
// the sum against the city's own target, save with versions.
import type { Locator, Page } from '@playwright/test'
import { expect, test, viNumber, expectNoSeriousViolations } from './helpers.ts'

interface TargetsBody {
  cells: { unit: string; indicator: string; previousTarget: number | null }[]
}

// A cell by its unit's label: in 2025 the grid also lists the ward unions founded on 1/10/2025, and a
// short name two units share says the kind: "Ba Đình (quận)" / "Ba Đình (phường)".
const cell = (page: Page, unit: string, indicator: string): Locator =>
  page.getByRole('textbox', { name: `${unit} — ${indicator}`, exact: true })

async function openAsCity(page: Page): Promise<void> {
  await page.goto('/dang-nhap?next=%2Ftargets%2F2025')
  await page.getByLabel('Tên đăng nhập').fill('city')
  await page.getByLabel('Mật khẩu').fill('demo1234')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giao chỉ tiêu năm 2025')
}

/** A paste event carrying text as a spreadsheet puts it on the clipboard. */
async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.focus()
  await field.evaluate((element, data) => {
    const transfer = new DataTransfer()
    transfer.setData('text/plain', data)
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    )
  }, text)
}

test('copy 2024 with +5 %, paste a column, compare with the city target, save, reload', async ({ page }) => {
  await openAsCity(page)
  const body = (await (await page.request.get('/api/targets/2025')).json()) as TargetsBody
  const previous = (unit: string, key: string) =>
    body.cells.find((c) => c.unit === unit && c.indicator === key)?.previousTarget ?? 0

  await page.getByLabel('Tăng thêm (%)').fill('5')
  await page.getByRole('button', { name: 'Sao chép chỉ tiêu năm trước' }).click()
  await expect(cell(page, 'Ba Đình (quận)', 'CĐCS thành lập mới')).toHaveValue(
    viNumber(Math.round(previous('001', 'new_unions') * 1.05)),
  )
  await expect(cell(page, 'Mỹ Đức (huyện)', 'Thỏa ước ký mới')).toHaveValue(
    viNumber(Math.round(previous('282', 'cla_signed') * 1.05)),
  )

  // Two lines copied from a spreadsheet fill Ba Đình and Hoàn Kiếm.
  await pasteInto(cell(page, 'Ba Đình (quận)', 'Đoàn viên kết nạp mới'), '1.330\r\n2500\r\n')
  await expect(cell(page, 'Ba Đình (quận)', 'Đoàn viên kết nạp mới')).toHaveValue('1.330')
  await expect(cell(page, 'Hoàn Kiếm (quận)', 'Đoàn viên kết nạp mới')).toHaveValue('2.500')

  // The districts' sum against the city's own target, flagged.
  const sumRow = page.getByRole('row', { name: /^Tổng các đơn vị/ })
  const city = cell(page, 'Chỉ tiêu thành phố', 'CĐCS thành lập mới')
  await city.fill('1')
  await city.press('Tab')
  await expect(sumRow).toContainText(/▲ Vượt [\d.]+ so với chỉ tiêu thành phố/)
  await city.fill('100.000')
  await city.press('Tab')
  await expect(sumRow).toContainText(/▼ Thiếu [\d.]+ so với chỉ tiêu thành phố/)

  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click()
  await expect(page.getByText(/Đã lưu \d+ chỉ tiêu lúc/)).toBeVisible()
  await page.reload()
  await expect(cell(page, 'Ba Đình (quận)', 'Đoàn viên kết nạp mới')).toHaveValue('1.330')
  await expect(cell(page, 'Hoàn Kiếm (quận)', 'Đoàn viên kết nạp mới')).toHaveValue('2.500')
  await expect(city).toHaveValue('100.000')
  await expect(page.getByText('Không có thay đổi chưa lưu')).toBeVisible()
})

test('targets page: no serious or critical axe violation', async ({ page }) => {
  // 2025's grid lists 115 units (30 districts; the 84 unions and the KCN union founded on 1/10, whose
  // rows say they take no 2025 targets): one input per cell keeps it light enough for axe.
  await openAsCity(page)
  await cell(page, 'Ba Đình (quận)', 'CĐCS thành lập mới').fill('x')
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click()
  await expect(
    page.getByRole('link', { name: 'Ba Đình (quận) — CĐCS thành lập mới: Không đọc được "x" thành số.' }),
  ).toBeVisible()
  await expectNoSeriousViolations(page)
})

test('invented demo targets are marked "mh" in the grid until someone types over them', async ({ page }) => {
  await page.goto('/dang-nhap?next=%2Ftargets%2F2024')
  await page.getByLabel('Tên đăng nhập').fill('city')
  await page.getByLabel('Mật khẩu').fill('demo1234')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giao chỉ tiêu năm 2024')
  const field = cell(page, 'Ba Đình', 'Đoàn viên kết nạp mới')
  const td = page.locator('td').filter({ has: field })
  // The mark is drawn by the cell (one element per cell in an 800-cell grid) and read out as words.
  const mark = () => td.evaluate((el) => getComputedStyle(el, '::after').content)
  expect(await mark()).toBe('"mh"')
  await expect(field).toHaveAccessibleDescription(/dữ liệu minh họa/)
  await field.fill('3.000')
  await expect.poll(mark).toBe('none')
  await expect(field).not.toHaveAccessibleDescription(/dữ liệu minh họa/)
})
