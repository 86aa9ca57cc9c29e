// Presenter mode (/present?year=): every slide walked with the keyboard and checked against the
// API, no network while walking, 28 px type and contrast for a projector, URL, keys, sorter, theme.
import { type Page } from '@playwright/test'
import {
  cellOf,
  contrast,
  dashboardOf,
  getJson,
  openDeck,
  pressAndWait,
  signIn,
  slideTitle,
  smallText,
  viNumber,
  viPercent,
  waitForExports,
  type Dashboard,
} from './present-helpers.ts'
import { expect, expectNoSeriousViolations, AXE_WCAG_TAGS, test } from './helpers.ts'

const YEAR = 2024
const TITLES = [
  'Hội nghị tổng kết năm 2024',
  'Toàn thành phố năm 2024',
  'CĐCS thành lập mới: LĐLĐ quận, huyện, thị xã năm 2024',
  'Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2024',
  'Dẫn đầu và tiến bộ nhất năm 2024',
  'Chi chăm lo: LĐLĐ quận, huyện, thị xã năm 2024',
  'Bản đồ mức đạt: Đoàn viên kết nạp mới năm 2024',
  'Đoàn viên kết nạp mới cộng dồn 2016–2024',
]

interface RankingRow {
  name: string
  rank: number | null
  percent: number | null
}

test.use({ viewport: { width: 1280, height: 720 } })

test.beforeEach(async ({ page }) => {
  await signIn(page)
  // The race opens on its last year under reduced motion, so its figures can be read at once.
  await page.emulateMedia({ reducedMotion: 'reduce' })
})

/** One figure per slide, derived from the API, that the slide must show. */
async function expectedFigures(page: Page): Promise<string[]> {
  const years = (await getJson<{ years: number[] }>(page.request, '/api/years')).years.filter(
    (y) => y <= YEAR,
  )
  const dashboards: Dashboard[] = await Promise.all(years.map((y) => dashboardOf(page.request, y)))
  const current = dashboards.at(-1) as Dashboard
  const members = current.totals.find((t) => t.indicator === 'new_members')
  const beneficiaries = current.totals.find((t) => t.indicator === 'welfare_beneficiaries')
  const ranking = await getJson<{ rows: RankingRow[] }>(
    page.request,
    `/api/indicators/new_members/ranking?year=${YEAR}`,
  )
  const first = ranking.rows.find((r) => r.rank === 1)
  const achieved = current.cells.filter(
    (c) => c.indicator === 'new_members' && c.status === 'achieved',
  ).length
  const cumulative = current.units.map((u) =>
    dashboards.reduce(
      (sum, d) =>
        sum + (d.cells.find((c) => c.unit === u.code && c.indicator === 'new_members')?.actual ?? 0),
      0,
    ),
  )
  return [
    `${current.units.length} LĐLĐ quận, huyện, thị xã`,
    `đạt ${viPercent(members?.percent ?? NaN)}`,
    viPercent(cellOf(current, 'Hoàng Mai', 'new_unions').percent ?? NaN),
    viPercent(cellOf(current, 'Hai Bà Trưng', 'new_members').percent ?? NaN),
    `1. ${first?.name ?? '?'}${viPercent(first?.percent ?? NaN)}`,
    `Lượt được chăm lo: ${viNumber(beneficiaries?.actual ?? NaN)} lượt người`,
    `Đạt/vượt: ${achieved} đơn vị`,
    viNumber(Math.max(...cumulative)),
  ]
}

test('walks every slide with the keyboard; each shows its title and a figure from the API, with no request', async ({
  page,
}) => {
  const figures = await expectedFigures(page)
  await openDeck(page, YEAR)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  for (const [i, title] of TITLES.entries()) {
    if (i > 0) await pressAndWait(page, i % 2 === 0 ? 'ArrowRight' : 'Space', i + 1)
    await expect(slideTitle(page)).toHaveText(title)
    await expect(page.locator('.slide')).toContainText(figures[i] ?? '')
    await expect(page.locator('.slide__number')).toHaveText(`Trang ${i + 1}/${TITLES.length}`, {
      useInnerText: false,
    })
    await expect(page).toHaveURL(new RegExp(`[?&]slide=${i + 1}(&|$)`))
  }
  await pressAndWait(page, 'Home', 1)
  await pressAndWait(page, 'End', TITLES.length)
  await pressAndWait(page, 'PageUp', TITLES.length - 1)
  await pressAndWait(page, 'ArrowLeft', TITLES.length - 2)
  await pressAndWait(page, 'PageDown', TITLES.length - 1)
  expect(requests, 'requests while walking the deck').toEqual([])
})

test('marks illustrative figures and names real sources on the slides', async ({ page }) => {
  await openDeck(page, YEAR, 3)
  await expect(page.locator('.slide__notes')).toContainText('Nguồn: Báo Lao động Thủ đô (Hoàng Mai)')
  await expect(page.locator('.slide__notes')).toContainText('dữ liệu minh họa')
  await pressAndWait(page, 'End', TITLES.length)
  await pressAndWait(page, 'ArrowLeft', TITLES.length - 1)
  await expect(page.locator('.slide__notes')).toContainText(
    'Ranh giới quận/huyện: Chính phủ Việt Nam / OCHA ROAP qua HDX (CC BY 3.0 IGO), đã giản lược.',
  )
})

test('a dropped connection changes nothing on screen', async ({ page, context }) => {
  await openDeck(page, YEAR)
  // The writers come seconds after the first slide, not in the first seconds of swiping.
  await expect(page.locator('.present')).toHaveAttribute('data-exports', 'loading')
  await waitForExports(page)
  await context.setOffline(true)
  for (let i = 2; i <= TITLES.length; i++) await pressAndWait(page, 'ArrowRight', i)
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await pressAndWait(page, 'Home', 1)
  await expect(slideTitle(page)).toHaveText(TITLES[0] ?? '')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await context.setOffline(false)
})

for (const theme of ['dark', 'light'] as const) {
  test(`${theme} stage: text ≥ 28 px, no serious axe violation, marks ≥ 3:1 on every slide`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.addInitScript((t) => window.localStorage.setItem('ldld.present.theme', t), theme)
    await openDeck(page, YEAR)
    await expect(page.locator('.present')).toHaveAttribute('data-theme', theme)
    for (let i = 1; i <= TITLES.length; i++) {
      if (i > 1) await pressAndWait(page, 'ArrowRight', i)
      expect(await smallText(page, 28), `text below 28 px on slide ${i}`).toEqual([])
      await expectNoSeriousViolations(page, AXE_WCAG_TAGS, `slide ${i}`)
      const marks = await page.$$eval('.dbar__fill, .race__fill, .map-area', (els) =>
        els.map((el) => {
          const style = getComputedStyle(el)
          return el instanceof SVGElement ? style.fill : style.backgroundColor
        }),
      )
      const background = await page.locator('.slide').evaluate((el) => getComputedStyle(el).backgroundColor)
      for (const mark of new Set(marks))
        expect(contrast(mark, background), `${mark} on ${background}`).toBeGreaterThanOrEqual(3)
    }
    // The toolbar, once woken by the mouse, keeps to the same 28 px.
    await page.mouse.move(640, 360)
    await page.mouse.move(700, 400)
    await expect(page.getByRole('toolbar', { name: 'Điều khiển trình chiếu' })).toHaveCSS('opacity', '1')
    expect(await smallText(page, 28)).toEqual([])
  })
}

test('a lower bound keeps its side when shortened: Hai Bà Trưng 2021 on the welfare slide is "hơn 11,78 tỷ"', async ({
  page,
}) => {
  await openDeck(page, 2021, 6)
  await expect(slideTitle(page)).toHaveText('Chi chăm lo: LĐLĐ quận, huyện, thị xã năm 2021')
  // At least 11.786.100.000 đ: rounded up to 11,79 tỷ it would raise the source's floor by 3,9 triệu.
  await expect(page.locator('.slide .dbar[data-code="007"] .dbar__label')).toHaveText('hơn 11,78 tỷ')
})
