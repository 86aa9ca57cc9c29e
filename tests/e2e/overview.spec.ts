// Overview (/?year=): status table, city KPI cards, comparison chart, year in the URL.
import type { Qualifier } from '@ldld/db/contracts'
import { formatCount } from '@ldld/db/format'
import {
  drawChart,
  expect,
  test,
  HBT,
  LAPTOP,
  PHONE,
  barLabels,
  NEW_MEMBERS,
  NEW_UNIONS,
  WELFARE,
  backgroundOf,
  cellOf,
  fetchDashboard,
  openOverview,
  statusTable,
  sumOf,
  viMoney,
  viNumber,
  viPercent,
  visibleText,
} from './helpers.ts'
import { overlaps, textBoxes } from './present-helpers.ts'

test.describe('Tổng quan năm 2021', () => {
  test.beforeEach(async ({ page }) => {
    await openOverview(page, 2021)
  })

  test('status table: Hai Bà Trưng × Đoàn viên kết nạp mới shows ✓ 176,8% ("2.352/1.330" for screen readers), coloured unlike a missed target', async ({
    page,
  }) => {
    const table = statusTable(page)
    const cell = await cellOf(table, HBT.name, NEW_MEMBERS.short)
    expect(await visibleText(cell)).toBe('✓ 176,8%')
    await expect(cell).toHaveAccessibleName(/2\.352\/1\.330/)
    await expect(cell).toHaveAccessibleName(/đạt 176,8%.*Đạt\/vượt/)
    await expect(cell).toHaveClass(/\bcell--achieved\b/)
    await expect(cell).not.toHaveAccessibleName(/minh họa/) // a real, sourced figure

    const below = await cellOf(table, 'Ba Đình', NEW_MEMBERS.short) // 1.091/1.240 = 88% → chưa đạt
    await expect(below).toHaveClass(/\bcell--below\b/)
    expect(await visibleText(below)).toMatch(/^✗ 88%/)
    await expect(below).toHaveAccessibleName(/Chưa đạt/)
    const [bgAchieved, bgBelow] = [await backgroundOf(cell), await backgroundOf(below)]
    const transparent = 'rgba(0, 0, 0, 0)'
    expect(bgAchieved).not.toBe(transparent)
    expect(bgBelow).not.toBe(transparent)
    expect(bgAchieved).not.toBe(bgBelow)
    // The legend explains colour and icon together.
    await expect(
      page
        .getByRole('region', { name: 'Mức đạt chỉ tiêu theo LĐLĐ quận, huyện, thị xã' })
        .getByRole('list', { name: 'Chú giải' }),
    ).toContainText(/✓\s*Đạt\/vượt/)
  })

  test('KPI cards: three headline indicators, city totals equal the sum of the 30 districts', async ({
    page,
    request,
  }) => {
    const dashboard = await fetchDashboard(request, 2021)
    const previous = await fetchDashboard(request, 2020)
    expect(dashboard.units).toHaveLength(30)
    const cards = page.getByRole('region', { name: 'Toàn thành phố năm 2021' }).getByRole('article')
    await expect(cards).toHaveCount(3)
    await expect(cards.getByRole('heading')).toHaveText([NEW_UNIONS.short, NEW_MEMBERS.short, WELFARE.short])

    const members = sumOf(dashboard, NEW_MEMBERS.key)
    const membersBefore = sumOf(previous, NEW_MEMBERS.key)
    const card = cards.filter({ has: page.getByRole('heading', { name: NEW_MEMBERS.short }) })
    const actualText = viNumber(members.actual)
    expect(actualText).toMatch(/^\d{1,3}(\.\d{3})+$/) // "21.082": dot as thousands separator
    await expect(card.locator('.kpi-card__value')).toHaveText(
      `${actualText} / ${viNumber(members.target)} đoàn viên`,
    )
    await expect(card).toContainText(`đạt ${viPercent((members.actual / members.target) * 100)}`)
    const yoy = ((members.actual - membersBefore.actual) / membersBefore.actual) * 100
    const sign = yoy > 0 ? '\\+' : '[−-]'
    await expect(card).toContainText(
      new RegExp(`${sign}${viPercent(Math.abs(yoy)).replace('%', '')}% so với 2020`),
    )
    await expect(card).toContainText('30/30 đơn vị đã báo cáo')

    const unions = sumOf(dashboard, NEW_UNIONS.key)
    const unionsCard = cards.filter({ has: page.getByRole('heading', { name: NEW_UNIONS.short }) })
    await expect(unionsCard.locator('.kpi-card__actual')).toHaveText(viNumber(unions.actual))

    // Welfare takes no target and is written the way reports write money.
    const welfare = sumOf(dashboard, WELFARE.key)
    const welfareCard = cards.filter({ has: page.getByRole('heading', { name: WELFARE.short }) })
    await expect(welfareCard.locator('.kpi-card__actual')).toHaveText(
      viMoney(welfare.actual, welfare.atLeast ? 'at_least' : 'exact'),
    )
    await expect(welfareCard).toContainText('Không giao chỉ tiêu')
    // City totals include illustrative district figures: the card must say so.
    await expect(welfareCard).toContainText('dữ liệu minh họa')
  })

  test('comparison chart: 30 bars coloured by status, each with its own target marker on the right side', async ({
    page,
  }) => {
    const section = page.getByRole('region', { name: 'So sánh các LĐLĐ quận, huyện, thị xã' })
    await expect(section.getByLabel('Chỉ tiêu', { exact: true })).toHaveValue(NEW_MEMBERS.key)
    const chart = section.getByRole('img', { name: /^Biểu đồ/ })
    await expect(chart).toHaveAccessibleName(
      /30 LĐLĐ quận, huyện, thị xã.*Cao nhất: Hai Bà Trưng, 2\.352 đoàn viên/,
    )
    const bars = chart.locator('svg rect.bar')
    await expect(bars).toHaveCount(30)
    await expect(chart.locator('svg .target-mark')).toHaveCount(30)

    const geometry = await bars.evaluateAll((rects) =>
      rects.map((rect) => {
        const r = rect as SVGRectElement
        const line = r.parentElement?.querySelector('.target-mark__line')
        return {
          status: [...r.classList].find((c) => c.startsWith('bar--'))?.slice(5) ?? '',
          right: r.x.baseVal.value + r.width.baseVal.value,
          target: line ? Number(line.getAttribute('x1')) : NaN,
          fill: getComputedStyle(r).fill,
        }
      }),
    )
    // A district that reached its target has its marker inside the bar; one that missed has it beyond.
    for (const bar of geometry) {
      expect(Number.isFinite(bar.target)).toBe(true)
      if (bar.status === 'achieved') expect(bar.target).toBeLessThanOrEqual(bar.right + 0.5)
      if (bar.status === 'below' || bar.status === 'near') expect(bar.target).toBeGreaterThan(bar.right - 0.5)
    }
    const fills = new Map(geometry.map((bar) => [bar.status, bar.fill]))
    expect([...fills.keys()].sort()).toEqual(['achieved', 'below', 'near'])
    expect(new Set(fills.values()).size).toBe(3)
    // Sorted by value: the first bar is the largest, Hai Bà Trưng's 2.352.
    await expect(
      chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').first(),
    ).toHaveText(HBT.name)

    // The chart's table: same figures, readable.
    await section.getByText('Xem dạng bảng').click()
    const table = section.getByRole('table')
    await expect(table.locator('tbody tr')).toHaveCount(30)
    expect(await visibleText(await cellOf(table, HBT.name, 'Thực hiện'))).toBe('2.352')
    expect(await visibleText(await cellOf(table, HBT.name, 'Chỉ tiêu'))).toBe('1.330')
    expect(await visibleText(await cellOf(table, HBT.name, '% đạt'))).toBe('✓ 176,8%')
  })

  test('a lower bound keeps its side when shortened: Hai Bà Trưng × Chi chăm lo "hơn 11,78 tỷ", not "hơn 11,79 tỷ"', async ({
    page,
  }) => {
    // "hơn 10 tỷ" + 1 tỷ 250,3 triệu + 535,8 triệu = at least 11.786.100.000 đ (the source's floor).
    const cell = await cellOf(statusTable(page), HBT.name, WELFARE.short)
    expect(await visibleText(cell)).toMatch(/(^|\s)hơn 11,78 tỷ$/)
    await expect(cell).toHaveAccessibleName(/hơn 11 tỷ 786,1 triệu đồng/)
  })

  test('changing the year select to 2020 puts ?year=2020 in the URL and updates the figures', async ({
    page,
    request,
  }) => {
    const members2020 = sumOf(await fetchDashboard(request, 2020), NEW_MEMBERS.key)
    await page.getByLabel('Năm', { exact: true }).selectOption('2020')
    await expect(page).toHaveURL(/[?&]year=2020\b/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2020')
    const card = page
      .getByRole('region', { name: 'Toàn thành phố năm 2020' })
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: NEW_MEMBERS.short }) })
    await expect(card.locator('.kpi-card__actual')).toHaveText(viNumber(members2020.actual))
    const hbt = await cellOf(statusTable(page), HBT.name, NEW_MEMBERS.short)
    expect(await visibleText(hbt)).toMatch(/^✗ 81,1%/) // 1.387/1.710 in 2020 (illustrative)
    // Going back restores 2021: the URL is the state.
    await page.goBack()
    await expect(page).toHaveURL(/[?&]year=2021\b/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2021')
  })
})

test('Thanh Trì 2020 × CĐCS thành lập mới shows 91,7% as "gần đạt" (11/12)', async ({ page }) => {
  await openOverview(page, 2020)
  const cell = await cellOf(statusTable(page), 'Thanh Trì', NEW_UNIONS.short)
  expect(await visibleText(cell)).toBe('◐ 91,7%')
  await expect(cell).toHaveClass(/\bcell--near\b/)
  await expect(cell).toHaveAccessibleName(/11\/12.*Gần đạt/)
})

test('a link with ?year=2016 reproduces that year: Ba Đình new unions 132%', async ({ page }) => {
  await openOverview(page, 2016)
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2016')
  const cell = await cellOf(statusTable(page), 'Ba Đình', NEW_UNIONS.short)
  expect(await visibleText(cell)).toBe('✓ 132%')
  await expect(cell).toHaveAccessibleName(/33\/25/)
})

test('no year in the URL redirects to the latest year, so the link can be shared', async ({
  page,
  request,
}) => {
  const { latest } = (await (await request.get('/api/years')).json()) as { latest: number }
  await page.goto('/')
  await expect(page).toHaveURL(new RegExp(`[?&]year=${latest}\\b`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kết quả thực hiện chỉ tiêu năm ${latest}`)
})

// Issue 10 item 4: every bar says its figure in the short format, marked "mh" when illustrative, and
// no label runs into a unit's name or another label, on a laptop and on a phone.
for (const size of [LAPTOP, PHONE]) {
  test(`comparison bars carry their figure and "mh", no text overlapping, at ${size.width}×${size.height}`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(size)
    await openOverview(page, 2021)
    const dashboard = await fetchDashboard(request, 2021)
    const names = new Map(dashboard.units.map((u) => [u.code, u.name]))
    const section = page.getByRole('region', { name: 'So sánh các LĐLĐ quận, huyện, thị xã' })
    const canvas = 'section[aria-labelledby="comparison-heading"] .chart__canvas'
    for (const indicator of [NEW_MEMBERS, NEW_UNIONS]) {
      await section.getByLabel('Chỉ tiêu', { exact: true }).selectOption(indicator.key)
      const cells = dashboard.cells.filter((c) => c.indicator === indicator.key && c.actual !== null)
      const chart = page.locator(canvas)
      await drawChart(chart)
      await expect(chart.locator('svg text.bar-label')).toHaveCount(cells.length)
      const expected = new Map(
        cells.map((c) => {
          const text = formatCount(c.actual ?? 0, c.actualQualifier as Qualifier)
          return [names.get(c.unit) ?? c.unit, { text, mh: c.illustrative }]
        }),
      )
      // The chart redraws after the select changes: wait for this indicator's labels.
      await expect
        .poll(async () => (await barLabels(chart)).map((l) => [l.unit, { text: l.text, mh: l.mh }]).sort())
        .toEqual([...expected.entries()].sort())
      const labels = await barLabels(chart)
      expect(labels.some((l) => l.mh)).toBe(true) // 2021: the invented districts' figures
      if (indicator === NEW_MEMBERS)
        expect(labels.find((l) => l.unit === HBT.name)).toEqual({ unit: HBT.name, text: '2.352', mh: false })

      // No label on a name, on another label or on a tick, and none cut at the chart's right edge.
      const boxes = await textBoxes(page, canvas)
      expect(overlaps(boxes), `${indicator.short} at ${size.width}`).toEqual([])
      const frame = await chart.boundingBox()
      const right = Math.max(...boxes.map((b) => b.right))
      expect(right).toBeLessThanOrEqual((frame?.x ?? 0) + (frame?.width ?? 0) + 1)
    }
  })
}
