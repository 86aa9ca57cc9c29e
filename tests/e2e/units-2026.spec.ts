// Issue 8 in the real app: the city's target grid and report list for 2026 on the 84 commune and ward
// unions and the KCN union. 85 rows: find, filter, sort, paste a whole column of 85 values, save.
import type { Page } from '@playwright/test'
import { expect, PHONE, test, signInAs, expectNoSeriousViolations } from './helpers.ts'

interface Grid {
  units: { code: string }[]
  reports: Record<string, { status: string }>
  cells: { unit: string; indicator: string; target: number | null }[]
}

const unitRows = (page: Page) => page.locator('.targets-table tbody tr:not(.unit-grid__group)')

interface ReportList {
  reports: { unit: string; status: string; started: boolean }[]
}

/**
 * The 2026 units as the API lists them: the demo's 84 commune and ward unions and the KCN union, plus
 * any unit an earlier spec imported (the unit-import spec adds two), so counts are read, not assumed.
 */
async function reportList(page: Page): Promise<ReportList['reports']> {
  const list = (await (await page.request.get('/api/reports?year=2026')).json()) as ReportList
  expect(list.reports.length).toBeGreaterThanOrEqual(85)
  return list.reports
}
const CLA = 'Thỏa ước ký mới'

test('2026 grid: 85 unions, find by name or code, filter by stage, sort, at 1366×768 and 390×844', async ({
  page,
}) => {
  await signInAs(page, 'city', { next: '/targets/2026' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giao chỉ tiêu năm 2026')
  const reports = await reportList(page)
  const total = reports.length
  await expect(unitRows(page)).toHaveCount(total)
  await expect(page.getByText(`Đang hiện ${total}/${total} đơn vị`)).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /^KCNC và KCN/ })).toBeVisible()
  // The unit column and the header stay in place when the grid scrolls sideways and down.
  const grid = page.getByRole('region', { name: 'Chỉ tiêu năm 2026 giao cho từng đơn vị' })
  await grid.evaluate((el) => el.scrollTo(600, 400))
  const first = page.getByRole('columnheader', { name: 'Đơn vị' })
  const gridBox = await grid.boundingBox()
  const headerBox = await first.boundingBox()
  expect(Math.round(headerBox?.x ?? 0)).toBe(Math.round((gridBox?.x ?? 0) + 1))
  expect(Math.round(headerBox?.y ?? 0)).toBe(Math.round((gridBox?.y ?? 0) + 1))

  await page.getByLabel('Tìm đơn vị (tên hoặc mã)').fill('hai ba')
  await expect(unitRows(page)).toHaveCount(1)
  await expect(page.getByRole('rowheader', { name: /^Hai Bà Trưng/ })).toBeVisible()
  await page.getByLabel('Tìm đơn vị (tên hoặc mã)').fill('KCN')
  await expect(unitRows(page)).toHaveCount(1)
  await page.getByLabel('Tìm đơn vị (tên hoặc mã)').fill('')
  const idle = reports.filter((r) => !r.started).length
  expect(idle).toBeGreaterThanOrEqual(18) // the demo's 18 unions that have not started
  await page.getByLabel('Tình trạng báo cáo').selectOption({ label: `Chưa bắt đầu (${idle})` })
  await expect(unitRows(page)).toHaveCount(idle)
  await page.getByLabel('Tình trạng báo cáo').selectOption({ label: `Tất cả (${total})` })
  await page.getByLabel('Sắp xếp').selectOption({ label: 'Tên (A → Z)' })
  const names = await page
    .locator('.targets-table tbody th[scope="row"]')
    .evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''))
  expect(names).toEqual([...names].sort(new Intl.Collator('vi', { sensitivity: 'base' }).compare))

  // On a phone the page itself never scrolls sideways: the grid scrolls in its own box.
  await page.setViewportSize(PHONE)
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(PHONE.width)
  await expect(page.getByRole('rowheader', { name: /^Ba Đình/ }).first()).toBeVisible()
})

test('2026 grid: a column of 85 values pasted from Excel, previewed, filled and saved', async ({ page }) => {
  await signInAs(page, 'city', { next: '/targets/2026' })
  const before = (await (await page.request.get('/api/targets/2026')).json()) as Grid
  const order = before.units.map((u) => u.code)
  const values = order.map((_, i) => 100 + i)
  await page.getByRole('button', { name: 'Dán cả cột…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Dán cả cột từ bảng tính' })
  await dialog.getByLabel('Chỉ tiêu').selectOption({ label: CLA })
  await dialog.getByLabel('Cột dán từ Excel (mỗi dòng một số)').fill(values.join('\r\n') + '\r\n')
  const locked = order.filter((code) => before.reports[code]?.status === 'accepted')
  const open = order.length - locked.length
  const n = order.length
  expect(n).toBeGreaterThanOrEqual(85)
  await expect(dialog.getByRole('status')).toHaveText(`${n} dòng cho ${n} đơn vị: ${open} ô sẽ thay đổi.`)
  await expect(dialog.locator('tbody tr')).toHaveCount(n)
  await expect(dialog.getByText('đã duyệt (khóa), bỏ qua')).toHaveCount(locked.length)
  await dialog.getByRole('button', { name: 'Điền vào bảng' }).click()
  await expect(page.getByText(`● ${open} ô thay đổi chưa lưu`)).toBeVisible()
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click()
  await expect(page.getByText(`Đã lưu ${open} chỉ tiêu lúc`, { exact: false })).toBeVisible()

  await page.reload()
  const after = (await (await page.request.get('/api/targets/2026')).json()) as Grid
  const cla = (g: Grid, unit: string) =>
    g.cells.find((c) => c.unit === unit && c.indicator === 'cla_signed')?.target
  order.forEach((code, i) => {
    expect(cla(after, code), code).toBe(locked.includes(code) ? cla(before, code) : values[i])
  })
  const lastOpen = order.findLast((code) => !locked.includes(code)) ?? ''
  const label = await page.locator(`#target-${lastOpen}-cla_signed`).getAttribute('aria-label')
  expect(label).toMatch(new RegExp(`— ${CLA}$`))
  await expect(page.locator(`#target-${lastOpen}-cla_signed`)).toHaveValue(
    String(values[order.indexOf(lastOpen)]),
  )
  await expect(page.getByText('Không có thay đổi chưa lưu')).toBeVisible()
})

test('2026 report list: 85 unions, filter by status (not started apart from draft), find, sort', async ({
  page,
}) => {
  await signInAs(page, 'city', { next: '/reports/2026' })
  const reports = await reportList(page)
  const total = reports.length
  const idle = reports.filter((r) => !r.started).length
  const submitted = reports.filter((r) => r.status === 'submitted').length
  const rows = page.locator('.reports-table tbody tr')
  await expect(rows).toHaveCount(total)
  // click, not check(): the filter lives in the URL and the radio turns checked after the navigation.
  await page.getByRole('radio', { name: `Chưa bắt đầu (${idle})` }).click()
  await expect(page).toHaveURL('/reports/2026?status=not_started')
  await expect(rows).toHaveCount(idle)
  await expect(page.getByText(`Đang hiện ${idle}/${total} đơn vị`)).toBeVisible()
  await expect(rows.locator('.report-badge')).toHaveText(Array<string>(idle).fill('Chưa bắt đầu'))
  await page.getByRole('radio', { name: `Đã gửi, chờ duyệt (${submitted})` }).click()
  await expect(rows).toHaveCount(submitted)
  await expect(rows.locator('.report-badge')).toHaveText(Array<string>(submitted).fill('Đã gửi, chờ duyệt'))
  await page.getByRole('radio', { name: /^Tất cả/ }).click()
  await expect(rows).toHaveCount(total)
  await page.getByLabel('Tìm đơn vị (tên hoặc mã)').fill('00256')
  await expect(rows).toHaveCount(1)
  await expect(rows.first().getByRole('link')).toHaveText('Hai Bà Trưng')
  await expect(rows.first().locator('.report-badge')).toHaveText('Nháp')
})

test('2026 grid, report list and a union entry form: no serious or critical axe violation', async ({
  page,
}) => {
  await signInAs(page, 'city', { next: '/targets/2026' })
  const total = (await reportList(page)).length
  await expect(unitRows(page)).toHaveCount(total)
  await expectNoSeriousViolations(page)
  await page.getByRole('button', { name: 'Dán cả cột…' }).click()
  await page.getByLabel('Cột dán từ Excel (mỗi dòng một số)').fill('1\n2\nx')
  await expectNoSeriousViolations(page)
  await page.goto('/reports/2026')
  await expect(page.locator('.reports-table tbody tr')).toHaveCount(total)
  await expectNoSeriousViolations(page)
  await page.goto('/entry/00256/2026')
  await expect(page.getByRole('group', { name: /^Chi chăm lo/ })).toBeVisible()
  await expectNoSeriousViolations(page)
})
