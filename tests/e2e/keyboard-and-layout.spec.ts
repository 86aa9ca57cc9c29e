// Keyboard-only use and page width on a laptop (1366×768) and a phone (390×844).
import { expect, test, type Locator, type Page } from '@playwright/test'
import { HBT, LAPTOP, NEW_MEMBERS, PHONE, horizontalOverflow, openOverview, statusTable, waitForCharts } from './helpers.ts'

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabUntil(page: Page, target: Locator, max = 120) {
  await expect(target).toHaveCount(1)
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`)
}

test.describe('keyboard', () => {
  test('first Tab reaches the skip link; Enter moves focus to the main content', async ({ page }) => {
    await openOverview(page, 2021)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Bỏ qua đến nội dung chính' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport() // visible when focused
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
  })

  test('Tab reaches the year select; choosing 2020 with the arrow keys updates the URL', async ({ page }) => {
    await openOverview(page, 2021)
    await tabUntil(page, page.getByLabel('Năm', { exact: true }))
    await expect(page.getByLabel('Năm', { exact: true })).toBeFocused()
    await page.keyboard.press('ArrowDown') // years are listed newest first: 2021 → 2020
    await expect(page).toHaveURL(/[?&]year=2020\b/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2020')
    await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2020')
  })

  test('district links in the status table are reachable with Tab and Enter opens the district', async ({ page }) => {
    await openOverview(page, 2021)
    const link = statusTable(page).getByRole('link', { name: HBT.name, exact: true })
    await tabUntil(page, link)
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/districts\/007$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('LĐLĐ quận Hai Bà Trưng')
  })

  test('indicator header links of the status table open the ranking of the same year', async ({ page }) => {
    await openOverview(page, 2021)
    await tabUntil(page, statusTable(page).getByRole('link', { name: NEW_MEMBERS.short, exact: true }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/indicators/${NEW_MEMBERS.key}\\?year=2021$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_MEMBERS.name)
  })

  test('the chart table opens with the keyboard ("Xem dạng bảng")', async ({ page }) => {
    await openOverview(page, 2021)
    await tabUntil(page, page.locator('details.chart__table > summary'))
    await page.keyboard.press('Enter')
    const details = page.locator('details.chart__table')
    await expect(details).toHaveAttribute('open', '')
    await expect(details.getByRole('table').locator('tbody tr')).toHaveCount(30)
  })

  test('visible focus: the focused year select has an outline', async ({ page }) => {
    await openOverview(page, 2021)
    await tabUntil(page, page.getByLabel('Năm', { exact: true }))
    const outline = await page
      .getByLabel('Năm', { exact: true })
      .evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }))
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThan(0)
  })
})

const PAGES = [
  { name: 'overview', url: '/?year=2021', heading: 'Kết quả thực hiện chỉ tiêu năm 2021' },
  { name: 'district', url: '/districts/007', heading: 'LĐLĐ quận Hai Bà Trưng' },
  { name: 'indicator', url: `/indicators/${NEW_MEMBERS.key}?year=2021`, heading: NEW_MEMBERS.name },
] as const

for (const viewport of [PHONE, LAPTOP]) {
  test(`no horizontal page scroll at ${viewport.width}×${viewport.height} on the three pages`, async ({ page }) => {
    await page.setViewportSize(viewport)
    for (const target of PAGES) {
      await page.goto(target.url)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.heading)
      await waitForCharts(page)
      const { scrollWidth, innerWidth } = await horizontalOverflow(page)
      expect(scrollWidth, `${target.name} page at ${viewport.width}px`).toBeLessThanOrEqual(innerWidth)
      // The wide tables scroll inside their own box instead.
      const tables = page.locator('.table-scroll')
      for (let i = 0; i < (await tables.count()); i++) {
        const box = await tables.nth(i).boundingBox()
        if (box) expect(box.x + box.width, `${target.name} table ${i}`).toBeLessThanOrEqual(innerWidth + 0.5)
      }
    }
  })
}
