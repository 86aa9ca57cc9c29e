// Keyboard-only use and page width on a laptop (1366×768) and a phone (390×844).
import type { Locator, Page } from '@playwright/test'
import {
  expect,
  test,
  HBT,
  LAPTOP,
  NEW_MEMBERS,
  PHONE,
  expectPageHeading,
  horizontalOverflow,
  openOverview,
  statusTable,
  waitForCharts,
} from './helpers.ts'

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

  test('Tab reaches the year select (with a visible focus ring); ArrowDown picks 2020 and updates the URL', async ({
    page,
  }) => {
    await openOverview(page, 2021)
    const select = page.getByLabel('Năm', { exact: true })
    await tabUntil(page, select)
    await expect(select).toBeFocused()
    const outline = await select.evaluate((el) => ({
      style: getComputedStyle(el).outlineStyle,
      width: parseFloat(getComputedStyle(el).outlineWidth),
    }))
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThan(0)
    await page.keyboard.press('ArrowDown') // years are listed newest first: 2021 → 2020
    await expect(page).toHaveURL(/[?&]year=2020\b/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2020')
    await expect(select).toHaveValue('2020')
  })

  test('status table links are reachable with Tab: indicator headers, then districts', async ({ page }) => {
    await openOverview(page, 2021)
    const table = statusTable(page)
    const header = table.getByRole('link', { name: NEW_MEMBERS.short, exact: true })
    await expect(header).toHaveAttribute('href', `/indicators/${NEW_MEMBERS.key}?year=2021`)
    await tabUntil(page, header)
    const link = table.getByRole('link', { name: HBT.name, exact: true })
    await expect(link).toHaveAttribute('href', '/districts/007')
    await tabUntil(page, link, 40)
    await expect(link).toBeFocused()
    await expect(link).toBeInViewport() // scrolled into view when focused
  })

  test('Enter on a status-table district link shows the district page', async ({ page }) => {
    await openOverview(page, 2021)
    await statusTable(page).getByRole('link', { name: HBT.name, exact: true }).focus() // reachability: test above
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/districts\/007$/)
    await expectPageHeading(page, 'LĐLĐ quận Hai Bà Trưng')
  })

  test('header jump form with the keyboard: ArrowDown picks a district, Tab to "Xem", Enter opens it', async ({
    page,
  }) => {
    await openOverview(page, 2021)
    const select = page.getByLabel('Đơn vị', { exact: true })
    await expect(select).toBeEnabled()
    await tabUntil(page, select, 10)
    // The first unit offered (Ba Đình 001 in the demo; other specs may add units before it).
    const first = await select.locator('option:not([value=""])').first().getAttribute('value')
    expect(first).toBeTruthy()
    await page.keyboard.press('ArrowDown') // placeholder → the first unit of 2021's group
    await expect(select).toHaveValue(first ?? '')
    await expect(page).toHaveURL(/\/\?year=2021$/) // choosing alone does not leave the page (WCAG 3.2.2)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Xem' }).first()).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/districts/${first}$`))
    // The unit's page: its name heads it even when the unit (one another spec added) has no figures yet.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('the chart table opens with the keyboard ("Xem dạng bảng")', async ({ page }) => {
    await openOverview(page, 2021)
    await tabUntil(page, page.locator('details.chart__table > summary'))
    await page.keyboard.press('Enter')
    const details = page.locator('details.chart__table')
    await expect(details).toHaveAttribute('open', '')
    await expect(details.getByRole('table').locator('tbody tr')).toHaveCount(30)
  })
})

const PAGES = [
  { name: 'overview', url: '/?year=2021', heading: 'Kết quả thực hiện chỉ tiêu năm 2021' },
  { name: 'district', url: '/districts/007', heading: 'LĐLĐ quận Hai Bà Trưng' },
  { name: 'indicator', url: `/indicators/${NEW_MEMBERS.key}?year=2021`, heading: NEW_MEMBERS.name },
] as const

for (const viewport of [PHONE, LAPTOP]) {
  test(`no horizontal page scroll at ${viewport.width}×${viewport.height} on the three pages`, async ({
    page,
  }) => {
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

// The ranking's last column ("Thay đổi hạng") was cut off beside the chart at 1366 px, worst with
// money values ("34 tỷ 1,7 triệu đồng"): every column must be readable without scrolling the table.
for (const key of [NEW_MEMBERS.key, 'union_fee']) {
  test(`ranking of ${key} shows every column, "Thay đổi hạng" included, at 1366×768`, async ({ page }) => {
    await page.setViewportSize(LAPTOP)
    await page.goto(`/indicators/${key}?year=2021`)
    const scroller = page.locator('.table-scroll').first()
    await expect(scroller.locator('tbody tr')).toHaveCount(30)
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }))
    expect(scrollWidth, 'the ranking table needs no horizontal scroll').toBeLessThanOrEqual(clientWidth)
    await expect(page.getByRole('columnheader', { name: 'Thay đổi hạng' })).toBeInViewport()
  })
}
