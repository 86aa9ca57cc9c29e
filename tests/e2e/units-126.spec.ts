// Issue 8 on the read pages: the overview, the ranking, the map and a unit's page speak of the units
// that exist in the year (the 30 districts before 2025, the commune and ward unions after, both in
// 2025 with their periods), and 85+ units read well (search without diacritics, periods, top and
// bottom of a long list with "Xem tất cả", find and sort in tables). Counts come from the API.
import { expect, fetchDashboard, LAPTOP, test } from './helpers.ts'

test.use({ viewport: LAPTOP })

test('2026 overview: headings, header and totals speak of the commune and ward unions', async ({ page }) => {
  const dashboard = await fetchDashboard(page.request, 2026)
  const units = dashboard.units.length
  expect(units).toBeGreaterThanOrEqual(84)
  await page.goto('/?year=2026')
  await expect(page.locator('.brand__sub')).toHaveText('Công đoàn xã, phường Hà Nội')
  await expect(page.getByRole('heading', { name: 'So sánh các công đoàn xã, phường' })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'Mức đạt chỉ tiêu theo công đoàn xã, phường' }),
  ).toBeVisible()
  await expect(page.getByText('So sánh các quận, huyện')).toHaveCount(0)
  await expect(page.getByTestId('totals-basis')).toContainText('công đoàn xã, phường')
  await expect(page.locator('.status-table thead th').first()).toHaveText('Công đoàn xã, phường')

  // The comparison draws the top and bottom ten, every label legible; "Xem tất cả" opens the rest.
  const chart = page.locator('.comparison-period').first()
  await expect(chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(20)
  await expect(chart.locator('.chart-gap')).toContainText('đơn vị ở giữa danh sách')
  const reported = dashboard.cells.filter((c) => c.indicator === 'new_members' && c.actual !== null).length
  await chart.getByRole('button', { name: `Xem tất cả ${units} đơn vị` }).click()
  await expect(chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(reported)
  const sizes = await chart
    .locator('.recharts-yAxis .recharts-cartesian-axis-tick text')
    .evaluateAll((nodes) => nodes.map((n) => Number.parseFloat(getComputedStyle(n).fontSize)))
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)

  // The status table: find a unit without diacritics; sort by name.
  const table = page.locator('.status-table')
  await expect(table.locator('tbody tr:not(.unit-grid__group)')).toHaveCount(units)
  await page.locator('#status-units-query').fill('hai ba')
  await expect(table.locator('tbody tr:not(.unit-grid__group)')).toHaveCount(1)
  await expect(table.locator('tbody th[scope="row"]')).toHaveText(['Hai Bà Trưng'])
})

test('2025 overview: both groups, each with its period; totals say what they add', async ({ page }) => {
  const dashboard = await fetchDashboard(page.request, 2025)
  const districts = dashboard.units.filter((u) => (u as { kind?: string }).kind === 'district').length
  expect(districts).toBe(30)
  await page.goto('/?year=2025')
  await expect(
    page.getByRole('heading', { name: /^1\/1–30\/6\/2025 · 30 LĐLĐ quận, huyện, thị xã$/ }),
  ).toHaveCount(1)
  await expect(
    page.getByRole('heading', { name: /^1\/10–31\/12\/2025 · \d+ công đoàn xã, phường/ }),
  ).toHaveCount(1)
  await expect(page.getByTestId('totals-basis')).toContainText('30 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025)')
  await expect(page.getByTestId('totals-basis')).toContainText('công đoàn xã, phường (1/10–31/12/2025)')
  // The table groups its rows by period too, and tells the two Hai Bà Trưng apart.
  const groups = page.locator('.status-table .unit-grid__group')
  await expect(groups).toHaveCount(2)
  await expect(page.locator('.status-table tbody th[scope="row"]', { hasText: 'Hai Bà Trưng' })).toHaveText([
    'Hai Bà Trưng (quận)',
    'Hai Bà Trưng (phường)',
  ])
})

test('2024 overview keeps the districts’ words and draws all 30 bars', async ({ page }) => {
  await page.goto('/?year=2024')
  await expect(page.locator('.brand__sub')).toHaveText('LĐLĐ quận, huyện, thị xã Hà Nội')
  await expect(page.getByRole('heading', { name: 'So sánh các LĐLĐ quận, huyện, thị xã' })).toBeVisible()
  await expect(page.locator('.comparison-period .recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(
    30,
  )
  await expect(page.getByRole('button', { name: /Xem tất cả/ })).toHaveCount(0)
})

test('header unit picker: search without diacritics, grouped by period, Enter opens the unit', async ({
  page,
}) => {
  await page.goto('/?year=2026')
  const select = page.locator('#nav-district')
  await expect(select).toBeEnabled()
  const groups = await select
    .locator('optgroup')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('label')))
  expect(groups[0]).toMatch(/^Công đoàn xã, phường \(từ 1\/10\/2025\)$/)
  expect(groups).toContain('LĐLĐ quận, huyện, thị xã (đến 30/6/2025)')
  const search = page.getByRole('searchbox', { name: 'Tìm đơn vị theo tên hoặc mã, không cần dấu' })
  await search.fill('hai ba trung')
  await expect(select.locator('option:not([value=""])')).toHaveText([
    'Hai Bà Trưng (phường)',
    'Hai Bà Trưng (quận)',
  ])
  await search.press('Enter')
  await expect(page).toHaveURL(/\/districts\/00256$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công đoàn phường Hai Bà Trưng')
})

test('2026 ranking: find a unit, top and bottom in the chart, and a tile grid instead of a map', async ({
  page,
}) => {
  const geo: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/geo/')) geo.push(request.url())
  })
  const html = await (await page.goto('/indicators/new_members?year=2026'))?.text()
  // A year of unions only has no boundaries to draw: neither the drawn page nor the app fetches them.
  expect(html).not.toContain('hanoi-districts')
  await expect(page.getByRole('heading', { name: /^Xếp hạng công đoàn xã, phường năm 2026/ })).toBeVisible()
  const table = page.locator('.ranking-table')
  await page.locator('#ranking-units-query').fill('o cho dua')
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(table.locator('tbody th')).toHaveText('Ô Chợ Dừa')
  await page.locator('#ranking-units-query').fill('')
  await expect(page.locator('.ranking-period .recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(20)
  // No boundaries exist for the unions: no district map is drawn for them, the section says so.
  const map = page.locator('.map-section')
  await expect(map.locator('svg.district-map')).toHaveCount(0)
  await expect(map.getByRole('note')).toContainText('Chưa có bản đồ ranh giới')
  const tiles = map.getByRole('list', { name: /Các đơn vị chưa có bản đồ/ }).getByRole('link')
  expect(await tiles.count()).toBeGreaterThanOrEqual(84)
  expect(geo).toEqual([])
  await map.getByRole('link', { name: 'Xem bản đồ các quận, huyện năm 2024' }).click()
  await expect(page).toHaveURL(/year=2024/)
  await expect(page.locator('svg.district-map path.map-area')).toHaveCount(30)
})

test('2025 ranking: the districts’ map for January–June and tiles for the unions', async ({ page }) => {
  await page.goto('/indicators/new_members?year=2025')
  const map = page.locator('.map-section')
  await expect(map.locator('svg.district-map path.map-area')).toHaveCount(30)
  await expect(map.locator('.map-partial')).toHaveText('30 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025)')
  await expect(map.getByRole('note')).toContainText('Chưa có bản đồ ranh giới')
  await expect(page.locator('.ranking-period h3')).toHaveCount(2)
})

test('a unit’s page links its predecessors and successors across the 2025 change', async ({ page }) => {
  await page.goto('/districts/00256')
  const lineage = page.getByTestId('lineage')
  await expect(lineage).toContainText('Tiếp nhận đoàn viên từ')
  await expect(lineage.getByRole('link', { name: 'LĐLĐ quận Hai Bà Trưng (đến 30/6/2025)' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: '2025 (T10–12)' }).first()).toBeVisible()
  await lineage.getByRole('link', { name: 'LĐLĐ quận Hai Bà Trưng (đến 30/6/2025)' }).click()
  await expect(page).toHaveURL(/\/districts\/007$/)
  await expect(
    page.getByTestId('lineage').getByRole('link', { name: /Công đoàn phường Hai Bà Trưng/ }),
  ).toBeVisible()
  await expect(page.getByRole('rowheader', { name: '2025 (T1–6)' }).first()).toBeVisible()
})
