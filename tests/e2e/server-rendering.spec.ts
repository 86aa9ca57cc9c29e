// Pages drawn on the server (issue 10 item 7): the HTML that arrives holds the page with its figures,
// readable before (and without) any script; the browser then takes that very page over with the
// answers it was drawn with, without asking for them again and without drawing it a second time
// (every spec fails on a redrawn page: helpers.ts). What cannot be drawn whole on the server is sent
// as the plain app, as before.
import type { Page } from '@playwright/test'
import {
  cellOf,
  expect,
  fetchDashboard,
  fetchRanking,
  HBT,
  NEW_MEMBERS,
  signInAs,
  statusTable,
  test,
  visibleText,
  viNumber,
  viPercent,
} from './helpers.ts'

const YEAR = 2021

async function serverDrawn(page: Page, url: string): Promise<string> {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(200)
  return (await response?.text()) ?? ''
}

test.describe('read without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the overview, a unit’s page, a ranking and the report arrive drawn, with the API’s figures', async ({
    page,
    request,
  }) => {
    const dashboard = await fetchDashboard(request, YEAR)
    const hbt = dashboard.cells.find((c) => c.unit === HBT.code && c.indicator === NEW_MEMBERS.key)
    expect(hbt?.percent).not.toBeNull()

    await serverDrawn(page, `/?year=${YEAR}`)
    await expect(page).toHaveTitle(`Tổng quan năm ${YEAR} — Chỉ tiêu Công đoàn`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kết quả thực hiện chỉ tiêu năm ${YEAR}`)
    const table = statusTable(page)
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(dashboard.units.length)
    expect(await visibleText(await cellOf(table, HBT.name, NEW_MEMBERS.short))).toContain(
      viPercent(hbt?.percent ?? 0),
    )

    await serverDrawn(page, `/districts/${HBT.code}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`LĐLĐ quận ${HBT.name}`)

    const ranking = await fetchRanking(request, NEW_MEMBERS.key, YEAR)
    const first = ranking.find((row) => row.rank === 1)
    await serverDrawn(page, `/indicators/${NEW_MEMBERS.key}?year=${YEAR}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_MEMBERS.name)
    await expect(page.getByRole('main')).toContainText(first?.name ?? '—')
    await expect(page.getByRole('main')).toContainText(viNumber(first?.actual ?? 0))

    await serverDrawn(page, '/report?year=2026')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Báo cáo kết quả thực hiện chỉ tiêu công đoàn năm 2026',
    )
  })

  test('the deck arrives as its loading screen, painted with the first bytes', async ({ page }) => {
    const html = await serverDrawn(page, '/present?year=2026')
    expect(html).toContain('id="ssr-state"')
    await expect(page.getByRole('main')).toContainText('Đang chuẩn bị bài trình chiếu')
    expect(html).toContain('<noscript><p>Bài trình chiếu cần JavaScript')
    // The slides are the browser's to draw (the stage is scaled to the window), but the deck's
    // answers come with the page: the dashboards of the years it shows and the lead ranking.
    expect(html).toContain('"queryKey":["dashboard",2026,"latest"]')
    expect(html).toContain('"queryKey":["dashboard",2025,"latest"]')
    expect(html).toContain('"queryKey":["ranking","new_members",2026,"latest","or-null"]')
  })

  test('an unknown unit is not drawn on the server: the plain app comes, as before', async ({ page }) => {
    const html = await serverDrawn(page, '/districts/khong-co')
    expect(html).not.toContain('id="ssr-state"')
    expect(html).toContain('Trang cần JavaScript để hiển thị số liệu')
  })
})

/** The API paths (with their query) the page asks for from now on, as they are asked. */
function apiRequests(page: Page): string[] {
  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search)
  })
  return asked
}

test('the browser takes the drawn page over with its answers: no second request, links and pickers work', async ({
  page,
}) => {
  const asked = apiRequests(page)
  const html = await serverDrawn(page, `/?year=${YEAR}`)
  expect(html).toContain('id="ssr-state"')
  await page.waitForLoadState('networkidle')
  // The page's own answers came with it.
  expect(
    asked.filter((url) => /^\/api\/(dashboard|years|indicators|organisations|auth\/me)\b/.test(url)),
  ).toEqual([])
  // Taken over: the year picker drives the page.
  await page.getByLabel('Năm', { exact: true }).selectOption('2020')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2020')
  await expect.poll(() => asked).toContain('/api/dashboard?year=2020')
})

test('the deck drawn as its loading screen is taken over and shows its slides without asking again', async ({
  page,
}) => {
  const asked = apiRequests(page)
  await serverDrawn(page, '/present?year=2026')
  await expect(page.locator('.slide[data-slide-number="1"]')).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('.slide .slide__title')).toContainText('2026')
  await page.keyboard.press('End')
  await expect(page.locator('.slide .slide__title')).toContainText('2026')
  expect(
    asked.filter((url) => /^\/api\/(dashboard|indicators|years|organisations)\b|\/ranking/.test(url)),
  ).toEqual([])
})

test('a drawn page’s reserved boxes keep their size under the policy (style attributes allowed by hash)', async ({
  page,
}) => {
  const blocked: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
  })
  const response = await page.goto(`/?year=${YEAR}`)
  const policy = response?.headers()['content-security-policy'] ?? ''
  expect(policy).toMatch(/style-src-attr 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+/)
  expect(policy).not.toContain('unsafe-inline')
  const box = page.locator('[style*="height"]').first()
  const declared = await box.getAttribute('style')
  const px = Number(/height:\s*(\d+)px/.exec(declared ?? '')?.[1])
  expect(px).toBeGreaterThan(100)
  const drawn = await box.evaluate((element) => element.getBoundingClientRect().height)
  expect(drawn).toBeGreaterThanOrEqual(px)
  expect(blocked).toEqual([])
})

test('a signed-in officer’s page is drawn with their session, and their first write is accepted', async ({
  page,
}) => {
  await signInAs(page, 'd007')
  const response = await page.goto(`/entry/${HBT.code}/2026`)
  expect(response?.headers()['cache-control']).toBe('private, no-cache')
  expect(await response?.text()).toContain('id="ssr-state"')
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible()
  // Signing out is a write with the session's CSRF token, taken from the drawn page's answers.
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible()
})

test('the app’s code comes after the first paint, in a few chunks run one at a time; the plain app starts the same way', async ({
  page,
}) => {
  const scripts: { path: string; bytes: number }[] = []
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname
    if (/^\/assets\/[\w.-]+\.js$/.test(path)) scripts.push({ path, bytes: (await response.body()).length })
  })
  const html = await serverDrawn(page, `/?year=${YEAR}`)
  // Nothing competes with the page's own bytes before it is painted: no preload, no module script.
  expect(html).not.toContain('modulepreload')
  expect(html).not.toMatch(/<script type="module"[^>]*src="\/assets\//)
  const boot = /<script type="module" src="(\/boot\.js\?[^"]+)"><\/script>/.exec(html)?.[1] ?? ''
  const params = new URL(boot.replace(/&amp;/g, '&'), 'http://x').searchParams
  const deps = params.get('deps')?.split(',') ?? []
  // React, zod, the router and the contracts apart from the app (web/vite.config.ts).
  for (const name of ['react', 'zod', 'router', 'contracts'])
    expect(deps.some((d) => d.startsWith(`/assets/${name}-`))).toBe(true)
  await page.waitForLoadState('networkidle')
  const fetched = scripts.map((s) => s.path)
  for (const chunk of [...deps, params.get('app') ?? '']) expect(fetched).toContain(chunk)
  // No one piece as large as the single file was (470 KB): each is a task of its own on a slow phone.
  for (const s of scripts.filter((s) => deps.includes(s.path))) expect(s.bytes).toBeLessThan(250_000)
  // Taken over: the year picker drives the page.
  await page.getByLabel('Năm', { exact: true }).selectOption('2020')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2020')

  // The plain app (a page the server does not draw) starts through boot.js too, and works.
  const plain = await serverDrawn(page, '/districts/khong-co')
  expect(plain).not.toContain('id="ssr-state"')
  expect(plain).toContain('<script type="module" src="/boot.js?')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})
