// District page (/districts/:code): every indicator over the years, chart + table, sources.
import type { Page } from '@playwright/test'
import { expect, test, HBT, NEW_MEMBERS, WELFARE, cellOf, visibleText, waitForCharts } from './helpers.ts'

async function openDistrict(page: Page, code: string, heading: string) {
  await page.goto(`/districts/${code}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
}

function historyOf(page: Page, indicatorName: string) {
  return page.getByRole('region', { name: indicatorName, exact: true })
}

test.describe('Hai Bà Trưng (007)', () => {
  test.beforeEach(async ({ page }) => {
    await openDistrict(page, HBT.code, 'LĐLĐ quận Hai Bà Trưng')
  })

  test('new members 2021 row: 2.352 of 1.330, 176,8%, achieved, with its source', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(HBT.name)
    await expect(page).toHaveTitle(/Hai Bà Trưng/)
    const section = historyOf(page, NEW_MEMBERS.name)
    const table = section.getByRole('table')
    await expect(table.locator('tbody tr')).toHaveCount(10) // 2016–2025 (2025: January–June)
    expect(await visibleText(await cellOf(table, '2021', 'Thực hiện'))).toBe('2.352')
    expect(await visibleText(await cellOf(table, '2021', 'Chỉ tiêu'))).toBe('1.330')
    // % đạt and the status in one cell: the icon says "đạt/vượt" (the legend names it).
    expect(await visibleText(await cellOf(table, '2021', '% đạt'))).toBe('✓ 176,8%')
    const source = await cellOf(table, '2021', 'Nguồn')
    await expect(source).not.toContainText('dữ liệu minh họa')
    await expect(source).not.toHaveText('—')
  })

  test('the exact source quote of the real figure is readable on the page', async ({ page }) => {
    const section = historyOf(page, NEW_MEMBERS.name)
    const quotes = section.locator('details').filter({ hasText: 'Trích dẫn nguồn' })
    await expect(quotes).toHaveCount(1)
    if ((await quotes.getAttribute('open')) === null) await quotes.locator('summary').click()
    const quote = section.getByText('phát triển 2.352/1.330 đoàn viên', { exact: false })
    await expect(quote).toBeVisible()
    await expect(quotes).toContainText('Năm 2021')
  })

  test('illustrative years are marked "dữ liệu minh họa" in their row', async ({ page }) => {
    const table = historyOf(page, NEW_MEMBERS.name).getByRole('table')
    const source2020 = await cellOf(table, '2020', 'Nguồn')
    await expect(source2020).toHaveText('dữ liệu minh họa')
    await expect(source2020).toBeVisible()
    // Every year but 2021 is illustrative for this district's new members.
    for (const year of ['2016', '2017', '2018', '2019', '2020', '2022', '2023', '2024']) {
      await expect(await cellOf(table, year, 'Nguồn')).toHaveText('dữ liệu minh họa')
    }
  })

  test('every indicator has a chart (bars per year, target line) next to its table', async ({ page }) => {
    await waitForCharts(page)
    const section = historyOf(page, NEW_MEMBERS.name)
    const chart = section.getByRole('img', { name: /^Biểu đồ/ })
    await expect(chart).toHaveAccessibleName(/Hai Bà Trưng qua các năm 2016–2025.*đường nét đứt là chỉ tiêu/)
    await expect(chart.locator('svg rect.bar')).toHaveCount(10)
    await expect(chart.locator('svg .target-line')).toHaveCount(1)
    // The 2021 bar is coloured "achieved", 2020 "below" (81,1%).
    const classes = await chart
      .locator('svg rect.bar')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('class')))
    expect(classes[5]).toContain('bar--achieved')
    expect(classes[4]).toContain('bar--below')
    // One section (chart + table) per indicator with data, reachable from the table of contents.
    const toc = page.getByRole('navigation', { name: 'Các chỉ tiêu trên trang' }).getByRole('link')
    const sections = page.locator('section.history')
    await expect(toc).toHaveCount(await sections.count())
    expect(await sections.count()).toBeGreaterThanOrEqual(10)
    expect(
      await page
        .locator('section.history')
        .filter({ has: page.getByRole('table') })
        .count(),
    ).toBe(await sections.count())
  })
})

test('Nam Từ Liêm 2020 welfare spending reads "3 tỷ 521,45 triệu đồng"', async ({ page }) => {
  await openDistrict(page, '019', 'LĐLĐ quận Nam Từ Liêm')
  const section = historyOf(page, WELFARE.name)
  const table = section.getByRole('table')
  expect(await visibleText(await cellOf(table, '2020', 'Thực hiện'))).toBe('3 tỷ 521,45 triệu đồng')
  await expect(section.getByText('3 tỷ 521,45 triệu đồng', { exact: false }).first()).toBeVisible()
  // The quote it comes from.
  await expect(
    section.getByText('tổng số tiền hỗ trợ là 3 tỷ 521,45 triệu đồng', { exact: false }),
  ).toBeVisible()
})

test.describe('a unit without figures in the year asked for', () => {
  test('a union added today: its name, its period and what is missing, never an empty page', async ({
    page,
  }) => {
    const login = await page.request.post('/api/auth/login', {
      data: { username: 'admin', password: 'demo1234' },
    })
    expect(login.ok(), await login.text()).toBe(true)
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }
    const added = await page.request.post('/api/organisations', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        code: 'NXD',
        name: 'Xây dựng Hà Nội',
        kind: 'sector',
        adminType: null,
        parentCode: '01',
        validFrom: '2026-01-01',
      },
    })
    expect(added.status(), await added.text()).toBe(201)

    await page.goto('/districts/NXD')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công đoàn Xây dựng Hà Nội')
    await expect(page.getByText('Hoạt động từ 1/1/2026.')).toBeVisible()
    await expect(page.getByRole('status')).toContainText(
      'Công đoàn Xây dựng Hà Nội chưa có số liệu năm nào: đơn vị chưa gửi báo cáo',
    )
    await expect(page).toHaveTitle(/Xây dựng Hà Nội/)

    // Opened in a year before it began.
    await page.goto('/districts/NXD?year=2021')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công đoàn Xây dựng Hà Nội')
    await expect(page.getByText('Năm 2021.', { exact: false })).toBeVisible()
    await expect(page.getByRole('status')).toContainText(
      'Năm 2021 Công đoàn Xây dựng Hà Nội chưa thành lập (hoạt động từ 1/1/2026)',
    )
  })

  test('a district opened in a year after it ended says so above the years it has', async ({ page }) => {
    await page.goto(`/districts/${HBT.code}?year=2026`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('LĐLĐ quận Hai Bà Trưng')
    await expect(page.getByRole('status').first()).toContainText(
      'Năm 2026 LĐLĐ quận Hai Bà Trưng đã thôi hoạt động (hoạt động',
    )
    await expect(historyOf(page, NEW_MEMBERS.name).getByRole('table')).toBeVisible()
  })
})
