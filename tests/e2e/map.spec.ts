// The choropleth on the indicator page: 30 focusable districts joined on the GSO code, figures on
// hover and focus, Enter opens the district, Vietnamese legend in both colourings, credit line.
import { expect, test } from './helpers.ts'
import { cellOf, dashboardOf, signIn, viNumber, viPercent } from './present-helpers.ts'

const CREDIT = 'Ranh giới quận/huyện: Chính phủ Việt Nam / OCHA ROAP qua HDX (CC BY 3.0 IGO), đã giản lược.'

test.beforeEach(async ({ page }) => {
  await signIn(page)
  await page.goto('/indicators/new_members?year=2024')
  await expect(page.locator('.district-map path.map-area')).toHaveCount(30)
})

test('30 districts, each a link named with its figure; the credit line is shown', async ({ page }) => {
  const dashboard = await dashboardOf(page.request, 2024)
  const hbt = cellOf(dashboard, 'Hai Bà Trưng', 'new_members')
  const area = page.locator('.district-map path[data-code="007"]')
  await expect(area).toHaveAttribute('role', 'link')
  await expect(area).toHaveAttribute('tabindex', '0')
  // Whether the figure is still illustrative depends on the specs before this one (the entry spec
  // has Hai Bà Trưng confirm its 2024 figures), so the mark is read from the API like the numbers.
  const mark = hbt.illustrative ? ', dữ liệu minh họa' : ''
  await expect(area).toHaveAccessibleName(
    `Hai Bà Trưng — Đoàn viên kết nạp mới: ${viNumber(hbt.actual ?? NaN)}/${viNumber(hbt.target ?? NaN)}, đạt ${viPercent(hbt.percent ?? NaN)} (Đạt/vượt)${mark}`,
  )
  const invented = dashboard.cells.find((c) => c.indicator === 'new_members' && c.illustrative)
  if (invented) {
    await expect(page.locator(`.district-map path[data-code="${invented.unit}"]`)).toHaveAccessibleName(
      /, dữ liệu minh họa$/,
    )
  }
  await expect(area).toHaveClass(/map-area--achieved/)
  await expect(page.getByText(CREDIT)).toBeVisible()
  const achieved = dashboard.cells.filter(
    (c) => c.indicator === 'new_members' && c.status === 'achieved',
  ).length
  await expect(page.getByRole('list', { name: 'Chú giải bản đồ' })).toContainText(
    `Đạt/vượt: ${achieved} đơn vị`,
  )
  // Colour is not the only cue: missed targets are hatched, nearly-met ones dotted.
  const missed = dashboard.cells.filter(
    (c) => c.indicator === 'new_members' && (c.status === 'below' || c.status === 'near'),
  ).length
  await expect(page.locator('.district-map path.map-texture')).toHaveCount(missed)
})

test('hover shows the district’s figures; value colouring has five classes', async ({ page }) => {
  await page.locator('.district-map path[data-code="008"]').hover()
  await expect(page.locator('.map-info')).toContainText('Hoàng Mai')
  await expect(page.locator('.map-info')).toContainText('Thực hiện: 4.315 đoàn viên')
  await page.getByRole('radio', { name: 'Số thực hiện' }).check()
  const legend = page.getByRole('list', { name: 'Chú giải bản đồ' })
  await expect(legend.locator('li')).toHaveCount(5)
  await expect(legend.locator('li').first()).toContainText(/^dưới [\d.]+$/)
  await expect(legend.locator('li').last()).toContainText(/^từ [\d.]+ trở lên$/)
  await expect(page.locator('.district-map path[class*="map-area--seq-"]')).toHaveCount(30)
})

test('Tab reaches a district, its figures show, Enter opens its page', async ({ page }) => {
  await page.getByRole('radio', { name: '% đạt chỉ tiêu' }).focus()
  await page.keyboard.press('Tab')
  const focused = page.locator('.district-map path:focus')
  await expect(focused).toHaveCount(1)
  const code = await focused.getAttribute('data-code')
  const name = (await focused.getAttribute('aria-label'))?.split(' — ')[0] ?? ''
  await expect(page.locator('.map-info__name')).toHaveText(name)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/districts/${code}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)
})
