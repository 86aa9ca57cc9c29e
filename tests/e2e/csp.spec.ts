// The built app under its Content-Security-Policy (issue 7 §12): every page, the deck with its
// PowerPoint and PNG exports, the print view and the table downloads, with not one violation reported
// (neither as a `securitypolicyviolation` event nor as a console message). The policy has no
// 'unsafe-inline' script, so an inline script or an eval anywhere would show up here.
import type { Page } from '@playwright/test'
import { download } from './present-helpers.ts'
import { expect, test } from './helpers.ts'

const YEAR = 2024

function watchCsp(page: Page): string[] {
  const reports: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame|create)/i.test(text))
      reports.push(`console: ${text}`)
  })
  return reports
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const store: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = store
    document.addEventListener('securitypolicyviolation', (e) =>
      store.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    )
  })
})

test('the policy header is on the page itself', async ({ page }) => {
  const response = await page.goto('/')
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).toContain("frame-ancestors 'none'")
})

test('every page, the downloads and the deck’s exports run without a CSP violation', async ({ page }) => {
  test.setTimeout(90_000)
  const consoleReports = watchCsp(page)
  const seen: string[] = []
  const visit = async (url: string, heading: RegExp | string) => {
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading)
    await page.waitForLoadState('networkidle')
    seen.push(...(await violations(page)).map((v) => `${url}: ${v}`))
  }

  await visit('/dang-nhap', 'Đăng nhập')
  await page.getByLabel('Tên đăng nhập').fill('admin')
  await page.getByLabel('Mật khẩu').fill('demo1234')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible()

  await visit(`/?year=${YEAR}`, /Tổng quan|năm 2024/i)
  await download(page, page.getByRole('button', { name: 'Tải Excel' }).first())
  await download(page, page.getByRole('button', { name: 'Tải CSV' }).first())
  seen.push(...(await violations(page)))
  await visit('/districts/007', /Hai Bà Trưng/)
  await visit(`/indicators/new_members?year=${YEAR}`, /kết nạp|đoàn viên/i)
  await expect(page.locator('svg path').first()).toBeVisible()
  await visit(`/report?year=${YEAR}`, /Báo cáo|năm 2024/i)
  await visit(`/entry/007/${YEAR}`, /Hai Bà Trưng/)
  await visit(`/reports/${YEAR}`, /Báo cáo|Nhập số liệu/i)
  await visit(`/targets/${YEAR}`, /chỉ tiêu/i)
  await visit('/admin', 'Quản trị')
  await visit('/doi-mat-khau', 'Đổi mật khẩu')

  await page.goto(`/present?year=${YEAR}`)
  await expect(page.locator('.slide .slide__title')).toBeVisible()
  await page.mouse.move(600, 300)
  await download(page, page.getByRole('button', { name: 'Tải trang này dạng ảnh PNG' }))
  await download(page, page.getByRole('button', { name: 'Tải cả bài dạng PowerPoint' }))
  seen.push(...(await violations(page)).map((v) => `/present: ${v}`))

  expect([...seen, ...consoleReports]).toEqual([])
})
