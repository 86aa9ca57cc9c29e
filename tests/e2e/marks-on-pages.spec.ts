// Issue 11 on the read pages: what a page derives from illustrative or bounded figures carries their
// mark, a source that states no target is not "no target assigned", a target worked back from a
// stated % says so, quote passages are each in their own quotation marks; issue 8: the city's series
// across the 2025 change marks and explains the break. Figures come from the API, not from here.
import { expect, HBT, LAPTOP, NEW_MEMBERS, rowOf, test } from './helpers.ts'

test.use({ viewport: LAPTOP })

test('2021 ranking: Hai Bà Trưng’s rank change against an invented 2020 carries the "mh" mark', async ({
  page,
}) => {
  const ranking = (await (
    await page.request.get(`/api/indicators/${NEW_MEMBERS.key}/ranking?year=2021`)
  ).json()) as {
    rows: { unit: string; rankChange: number | null; derivedFrom: { illustrative: boolean } }[]
  }
  const hbt = ranking.rows.find((r) => r.unit === HBT.code)
  expect(hbt?.derivedFrom.illustrative).toBe(true)
  await page.goto(`/indicators/${NEW_MEMBERS.key}?year=2021`)
  const change = rowOf(page.locator('.ranking-table'), HBT.name).locator('.rank-change')
  await expect(change).toContainText(`▲ ${hbt?.rankChange}`)
  await expect(change.locator('.mh')).toHaveText('mh')
  await expect(change).toHaveAttribute('title', /tính từ dữ liệu minh họa/)
  await expect(change).toContainText(`tăng ${hbt?.rankChange} bậc`)
})

test('2024 ranking: Hoàng Mai’s source states no target — its own state, ranked apart', async ({ page }) => {
  await page.goto(`/indicators/${NEW_MEMBERS.key}?year=2024`)
  const row = rowOf(page.locator('.ranking-table'), 'Hoàng Mai')
  await expect(row).toContainText('Nguồn không nêu chỉ tiêu')
  await expect(row).not.toContainText('Không giao chỉ tiêu')
  await expect(row.locator('td').first()).toHaveText('—')
  await expect(page.locator('.map-legend')).toContainText('Nguồn không nêu chỉ tiêu: 1 đơn vị')
})

test('a target worked back from a stated % says "(suy ra từ 145%)" on the unit page', async ({ page }) => {
  await page.goto('/districts/008')
  const section = page
    .locator('section.history')
    .filter({ has: page.getByRole('heading', { name: 'Thành lập mới công đoàn cơ sở' }) })
  await expect(rowOf(section.getByRole('table'), '2024')).toContainText('(suy ra từ 145%)')
})

test('quote passages are each in their own quotation marks, joined by " · "', async ({ page }) => {
  await page.goto('/districts/007')
  const quote = page
    .locator('#history-welfare_spending')
    .locator('xpath=ancestor::section[1]')
    .locator('blockquote')
  await expect(quote.locator('.quote__part')).toHaveCount(3)
  const text = (await quote.textContent()) ?? ''
  expect(text.match(/“/g)).toHaveLength(3)
  expect(text).toContain('” · “')
})

test('the city over the years: the 2025 break is a row of its own and explained', async ({ page }) => {
  await page.goto('/?year=2026')
  await page.getByRole('link', { name: 'Toàn thành phố qua các năm' }).click()
  await expect(page).toHaveURL(/\/districts\/01$/)
  const table = page.locator('table.level-totals')
  await expect(table.locator('tr.series-break')).toHaveCount(1)
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        tr.classList.contains('series-break') ? 'break' : tr.querySelector('th')?.textContent,
      ),
    )
  expect(rows.indexOf('break')).toBe(rows.indexOf('2025') - 1)
  expect(rows[rows.indexOf('break') - 1]).toBe('2024')
  await expect(page.getByTestId('series-break')).toContainText('9.360')
  await expect(page.getByTestId('series-break')).toContainText('không phải do phát triển tổ chức kém đi')
})

test('2026 against the unions’ part of 2025: the change is left out and says why, as in the deck', async ({
  page,
}) => {
  const dashboard = (await (await page.request.get('/api/dashboard?year=2026')).json()) as {
    totals: { indicator: string; yoy: number | null; derivedFrom: { partialYear: boolean } }[]
  }
  const total = dashboard.totals.find((t) => t.indicator === NEW_MEMBERS.key)
  expect(total?.derivedFrom.partialYear).toBe(true)
  expect(total?.yoy).not.toBeNull()
  await page.goto('/?year=2026')
  const card = page.locator('.kpi-card', {
    has: page.getByRole('heading', { name: NEW_MEMBERS.short, exact: true }),
  })
  await expect(card.getByTestId('kpi-change')).toHaveText('không so với 2025: có số liệu một phần năm')
  await expect(card).not.toContainText('so với 2025 (cùng')
})
