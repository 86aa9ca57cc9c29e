// Issue 10 item 6: cumulative layout shift ≤ 0.05 on every read page, measured in Chromium with a
// PerformanceObserver from the first paint until the page has settled (charts drawn, map loaded).
import type { Page } from '@playwright/test'
import { expect, LAPTOP, PHONE, test } from './helpers.ts'

const PAGES = [
  { name: 'overview 2024', url: '/?year=2024' },
  { name: 'overview 2025', url: '/?year=2025' },
  { name: 'overview 2026', url: '/?year=2026' },
  { name: 'ranking 2024', url: '/indicators/new_members?year=2024' },
  { name: 'ranking 2026', url: '/indicators/new_members?year=2026' },
  { name: 'unit page 007', url: '/districts/007' },
  { name: 'unit page 00256', url: '/districts/00256' },
]

/** Layout shift summed as Chromium reports it (shifts right after input do not count). */
async function layoutShift(page: Page, url: string): Promise<{ total: number; sources: string[] }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __clsSources: string[] }
    w.__cls = 0
    w.__clsSources = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number
        hadRecentInput: boolean
        sources?: { node?: Node }[]
      }[]) {
        if (entry.hadRecentInput) continue
        w.__cls += entry.value
        for (const s of entry.sources ?? []) {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement
          w.__clsSources.push(`${entry.value.toFixed(3)} ${el?.tagName ?? '?'}.${el?.className ?? ''}`)
        }
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(500)
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __clsSources: string[] }
    return { total: w.__cls, sources: w.__clsSources }
  })
}

for (const size of [LAPTOP, PHONE]) {
  test.describe(`layout shift at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })
    for (const p of PAGES)
      test(`${p.name} ≤ 0.05`, async ({ page }) => {
        const { total, sources } = await layoutShift(page, p.url)
        expect(total, `CLS ${total.toFixed(3)}: ${sources.join('; ')}`).toBeLessThanOrEqual(0.05)
      })
  })
}

/** The pages of a signed-in officer: the header gains their work links, and must not grow over the page. */
const SIGNED_IN_PAGES = ['/targets/2026', '/reports/2026', '/entry/00256/2026']

for (const size of [LAPTOP, PHONE]) {
  test(`signed in at ${size.width}×${size.height}: targets, reports, entry, admin ≤ 0.05`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    const login = await page.request.post('/api/auth/login', {
      data: { username: 'city', password: 'demo1234' },
    })
    expect(login.ok()).toBe(true)
    for (const url of SIGNED_IN_PAGES) {
      const { total, sources } = await layoutShift(page, url)
      expect(total, `${url}: CLS ${total.toFixed(3)}: ${sources.join('; ')}`).toBeLessThanOrEqual(0.05)
    }
    // The administrator's page: the forms under the account list must not jump when it arrives.
    const admin = await page.request.post('/api/auth/login', {
      data: { username: 'admin', password: 'demo1234' },
    })
    expect(admin.ok()).toBe(true)
    const { total, sources } = await layoutShift(page, '/admin')
    expect(total, `/admin: CLS ${total.toFixed(3)}: ${sources.join('; ')}`).toBeLessThanOrEqual(0.05)
  })
}
