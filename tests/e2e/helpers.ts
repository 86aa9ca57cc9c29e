// Shared helpers for the browser tests: reading tables the way a user does (row header × column
// header), waiting for a page to finish loading, and the contracts' Vietnamese formatting to compare
// what the page shows with what the API says.
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { dashboardResponseSchema, type Qualifier } from '@ldld/db/contracts'
import { formatCount, formatMoney, formatPercent } from '@ldld/db/format'

export { expect }

const pageErrors = new WeakMap<Page, Error[]>()

/** The start of what web/src/main.tsx logs when a server-drawn page differs from the browser's. */
export const HYDRATION_MISMATCH = 'Trang do máy chủ vẽ khác trang trong trình duyệt'

/**
 * The test object of every spec: like Playwright's, plus a guard that fails a test when the page
 * throws an uncaught error (a crashed React tree shows a blank page a user cannot recover from).
 */
export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page, javaScriptEnabled }, use) => {
      const errors: Error[] = []
      pageErrors.set(page, errors)
      // A page drawn on the server is on screen before its code runs: as a reader who waits for the
      // page to respond, every test acts once the app has taken it over (layout.tsx, PageReady).
      const goto = page.goto.bind(page)
      page.goto = async (url, options) => {
        const response = await goto(url, options)
        if (javaScriptEnabled === false) return response
        await page.waitForFunction(
          () =>
            !document.getElementById('ssr-state') || document.documentElement.dataset['pageReady'] === 'true',
          undefined,
          { timeout: 10_000 },
        )
        return response
      }
      page.on('pageerror', (error) => errors.push(error))
      // A page drawn on the server that the browser had to draw again (web/src/main.tsx logs it):
      // the server's page and the browser's first render differ, every page is held to none.
      const redrawn: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith(HYDRATION_MISMATCH))
          redrawn.push(`${page.url()}: ${message.text()}`)
      })
      await use()
      expect(
        errors.map((e) => e.message),
        'uncaught errors in the page',
      ).toEqual([])
      expect(redrawn, 'server-drawn pages the browser had to draw again').toEqual([])
    },
    { auto: true },
  ],
})

/**
 * After a click or Enter that navigates inside the app: waits for the new page's h1, failing at once
 * (with the page's own error) if the app crashes instead of rendering it.
 */
export async function expectPageHeading(page: Page, heading: string, timeout = 5_000): Promise<void> {
  const errors = pageErrors.get(page) ?? []
  const h1 = page.getByRole('heading', { level: 1 })
  const deadline = Date.now() + timeout
  for (;;) {
    if (errors.length > 0)
      throw new Error(`the page crashed instead of showing "${heading}": ${errors[0]?.message ?? ''}`)
    const texts = await h1.allTextContents() // never waits: the old page's h1 may vanish meanwhile
    if (texts.length === 1 && texts[0]?.trim() === heading) return
    if (Date.now() > deadline) break
    await page.waitForTimeout(50)
  }
  await expect(h1).toHaveText(heading, { timeout: 1 })
}

export const PHONE = { width: 390, height: 844 } as const
export const LAPTOP = { width: 1366, height: 768 } as const

/** Names as users read them (domain.md §1/§5). */
export const HBT = { code: '007', name: 'Hai Bà Trưng' } as const
export const NEW_MEMBERS = {
  key: 'new_members',
  short: 'Đoàn viên kết nạp mới',
  name: 'Phát triển (kết nạp) đoàn viên mới',
}
export const NEW_UNIONS = {
  key: 'new_unions',
  short: 'CĐCS thành lập mới',
  name: 'Thành lập mới công đoàn cơ sở',
}
export const WELFARE = {
  key: 'welfare_spending',
  short: 'Chi chăm lo',
  name: 'Chi chăm lo, hỗ trợ đoàn viên, NLĐ',
}

// ---- Vietnamese figures: the contracts' formatters (db/src/contracts/format.ts) ------------------
// One formatter per kind of figure, unit-tested there against how the sources write each figure;
// the browser tests check the pages say them that way. The test helpers once had two number
// oracles of their own that disagreed on rounding; they now read the one the product uses.

/** 21082 → "21.082" (thousands with a dot). */
export const viNumber = (value: number): string => formatCount(value)

/** 176.84 → "176,8%" (one decimal, comma). */
export const viPercent = (value: number): string => formatPercent(value)

/** 124582600000 → "124 tỷ 582,6 triệu đồng"; a lower bound "hơn 11 tỷ 786,1 triệu đồng". */
export const viMoney = (value: number, qualifier: Qualifier = 'exact'): string =>
  formatMoney(value, qualifier)

// ---- API look-ups (to derive expected figures independently of the rendering) -------------------

export interface ApiCell {
  unit: string
  indicator: string
  year: number
  actual: number | null
  actualQualifier: string
  target: number | null
  percent: number | null
  status: string
  illustrative: boolean
}
export interface ApiDashboard {
  year: number
  units: { code: string; name: string }[]
  cells: ApiCell[]
}
export interface ApiRankingRow {
  unit: string
  name: string
  rank: number | null
  actual: number | null
  target: number | null
  percent: number | null
  actualQualifier: string
  status: string
  illustrative: boolean
}

export async function fetchDashboard(request: APIRequestContext, year: number): Promise<ApiDashboard> {
  const response = await request.get(`/api/dashboard?year=${year}`)
  expect(response.ok(), `GET /api/dashboard?year=${year}`).toBe(true)
  // Decoded as the web decodes it: a cell leaves its default fields out on the wire.
  return dashboardResponseSchema.parse(await response.json())
}

export async function fetchRanking(
  request: APIRequestContext,
  key: string,
  year: number,
): Promise<ApiRankingRow[]> {
  const response = await request.get(`/api/indicators/${key}/ranking?year=${year}`)
  expect(response.ok(), `GET ranking ${key} ${year}`).toBe(true)
  return ((await response.json()) as { rows: ApiRankingRow[] }).rows
}

/** Sum of the districts' actuals and targets of one indicator (flows are summed, domain.md §4). */
export function sumOf(
  dashboard: ApiDashboard,
  key: string,
): { actual: number; target: number; atLeast: boolean } {
  const cells = dashboard.cells.filter((c) => c.indicator === key)
  return {
    actual: cells.reduce((s, c) => s + (c.actual ?? 0), 0),
    target: cells.reduce((s, c) => s + (c.target ?? 0), 0),
    atLeast: cells.some((c) => c.actualQualifier === 'at_least'),
  }
}

// ---- Pages ---------------------------------------------------------------------------------------

/** Opens the overview of a year and waits until the status table is drawn. */
export async function openOverview(page: Page, year: number): Promise<void> {
  await page.goto(`/?year=${year}`)
  await expect(
    page.getByRole('heading', { level: 1, name: `Kết quả thực hiện chỉ tiêu năm ${year}` }),
  ).toBeVisible()
  await expect(statusTable(page).locator('tbody tr').first()).toBeVisible()
}

/**
 * Waits until every chart on the page has drawn its bars (recharts sizes itself after layout). A chart
 * draws when it comes near the screen, as for a reader scrolling down: each is brought into view.
 */
export async function waitForCharts(page: Page): Promise<void> {
  const canvases = page.locator('.chart__canvas')
  const count = await canvases.count()
  for (let i = 0; i < count; i++) await drawChart(canvases.nth(i))
  await page.evaluate(() => window.scrollTo(0, 0))
}

/** Scrolls a chart into view, as a reader would, and waits for its bars. */
export async function drawChart(canvas: Locator): Promise<void> {
  // A chart just redrawn (another indicator chosen) may replace its box while this scrolls: retry.
  await expect(async () => {
    await canvas.scrollIntoViewIfNeeded({ timeout: 1_000 })
    await expect(canvas.locator('svg rect.bar').first()).toBeAttached({ timeout: 1_000 })
  }).toPass()
}

export function statusTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Mức đạt chỉ tiêu năm/ })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The body row whose row header (th scope=row) reads exactly `rowHeader`. */
export function rowOf(table: Locator, rowHeader: string): Locator {
  return table.locator('tbody > tr').filter({
    has: table
      .page()
      .locator('th[scope="row"]', { hasText: new RegExp(`^\\s*${escapeRegExp(rowHeader)}\\s*$`) }),
  })
}

/** The cell at row header × column header (the column header's text starts with `columnHeader`). */
export async function cellOf(table: Locator, rowHeader: string, columnHeader: string): Promise<Locator> {
  const headers = await table.locator('thead > tr > th').allTextContents()
  const index = headers.findIndex((text) => text.trim().startsWith(columnHeader))
  expect(index, `column "${columnHeader}" in [${headers.join(' | ')}]`).toBeGreaterThanOrEqual(0)
  const row = rowOf(table, rowHeader)
  await expect(row, `row "${rowHeader}"`).toHaveCount(1)
  return row.locator(':scope > th, :scope > td').nth(index)
}

/** What a sighted user sees in an element: its rendered text minus screen-reader-only parts. */
export async function visibleText(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement
    for (const hidden of clone.querySelectorAll('.sr-only')) hidden.remove()
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim()
  })
}

export async function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor)
}

/** True when the page itself scrolls sideways (a table scrolling inside its own box is fine). */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
}

// ---- Bar charts' value labels -------------------------------------------------------------------

export interface BarLabel {
  /** The unit whose row the label sits on (the category axis' tick nearest to it). */
  unit: string
  /** The figure without its mark: "2.352", "hơn 11,78 tỷ", "✓ 176,8%". */
  text: string
  /** Carries the "mh" mark of an illustrative figure. */
  mh: boolean
}

/** Each drawn bar's value label in `chart` (a `.chart__canvas`), with the unit of its row. */
export function barLabels(chart: Locator): Promise<BarLabel[]> {
  return chart.evaluate((root) => {
    const ticks = [
      ...root.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((tick) => {
      const box = tick.getBoundingClientRect()
      return { unit: tick.textContent?.trim() ?? '', y: box.top + box.height / 2 }
    })
    return [...root.querySelectorAll('text.bar-label')].map((label) => {
      const box = label.getBoundingClientRect()
      const y = box.top + box.height / 2
      const nearest = ticks.reduce(
        (best, tick) => (Math.abs(tick.y - y) < Math.abs(best.y - y) ? tick : best),
        {
          unit: '',
          y: Infinity,
        },
      )
      const own = [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
      return {
        unit: nearest.unit,
        text: own
          .map((node) => node.textContent ?? '')
          .join('')
          .trim(),
        mh: label.querySelector('.mh')?.textContent === 'mh',
      }
    })
  })
}

/** The demo accounts' password (seed). */
export const DEMO_PASSWORD = 'demo1234'

/**
 * Signs in through the sign-in page as a person does (`next`: where the page sends them after) and
 * waits until the header offers "Đăng xuất".
 */
export async function signInAs(
  page: Page,
  username: string,
  { password = DEMO_PASSWORD, next }: { password?: string; next?: string } = {},
): Promise<void> {
  await page.goto(next === undefined ? '/dang-nhap' : `/dang-nhap?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible()
}

/** The pages and forms are held to WCAG 2.1 A/AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const
/** The slides and the previews of an import or extract: WCAG 2.1 AA. */
export const AXE_WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'] as const

/** axe's serious and critical violations on the page: the rule and the first few elements it names. */
export async function seriousViolations(page: Page, tags: readonly string[] = AXE_TAGS) {
  const results = await new AxeBuilder({ page }).withTags([...tags]).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
}

/** Fails, listing them, when axe finds a serious or critical violation. */
export async function expectNoSeriousViolations(
  page: Page,
  tags: readonly string[] = AXE_TAGS,
  what?: string,
): Promise<void> {
  const violations = await seriousViolations(page, tags)
  expect(violations, `${what ? `${what}: ` : ''}${JSON.stringify(violations, null, 2)}`).toEqual([])
}
