// axe-core on the three pages: no serious or critical violation.
import {
  expect,
  test,
  NEW_MEMBERS,
  PHONE,
  openOverview,
  waitForCharts,
  expectNoSeriousViolations,
} from './helpers.ts'

test('overview 2021 (laptop): no serious or critical axe violation', async ({ page }) => {
  await openOverview(page, 2021)
  await waitForCharts(page)
  await page.getByText('Xem dạng bảng').click() // include the chart's table in the scan
  await expectNoSeriousViolations(page)
})

test('overview 2021 (phone 390×844): no serious or critical axe violation', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await openOverview(page, 2021)
  await waitForCharts(page)
  await expectNoSeriousViolations(page)
})

test('district 007: no serious or critical axe violation', async ({ page }) => {
  await page.goto('/districts/007')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LĐLĐ quận Hai Bà Trưng')
  await waitForCharts(page)
  await expectNoSeriousViolations(page)
})

test('indicator new_members 2021: no serious or critical axe violation', async ({ page }) => {
  await page.goto(`/indicators/${NEW_MEMBERS.key}?year=2021`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_MEMBERS.name)
  await waitForCharts(page)
  await expectNoSeriousViolations(page)
})

test('not-found page: no serious or critical axe violation', async ({ page }) => {
  await page.goto('/districts/999')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy đơn vị')
  await expectNoSeriousViolations(page)
})
