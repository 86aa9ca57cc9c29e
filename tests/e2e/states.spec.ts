// Loading, error, empty and not-found states, all in Vietnamese.
import type { Page } from '@playwright/test'
import { expect, test, NEW_MEMBERS, statusTable } from './helpers.ts'

test('?year=abc shows the Vietnamese invalid-year message and a way back', async ({ page }) => {
  await page.goto('/?year=abc')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Năm không hợp lệ')
  await expect(page.getByText('Năm phải là một số, ví dụ 2021.')).toBeVisible()
  await page.getByRole('link', { name: 'Về năm mới nhất' }).click()
  await expect(page).toHaveURL(/\/\?year=\d{4}$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Kết quả thực hiện chỉ tiêu năm \d{4}$/)
})

test('?year=2030 (a year without data) says "Chưa có số liệu năm 2030"', async ({ page }) => {
  await page.goto('/?year=2030')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2030')
  await expect(page.getByRole('status').filter({ hasText: 'Chưa có số liệu năm 2030' })).toBeVisible()
  await expect(statusTable(page)).toHaveCount(0)
})

test('indicator ranking for a year without data is empty, not an error', async ({ page }) => {
  await page.goto(`/indicators/${NEW_MEMBERS.key}?year=2030`)
  await expect(page.getByText('Chưa có số liệu năm 2030')).toBeVisible()
})

test('/districts/999 shows "Không tìm thấy đơn vị"', async ({ page }) => {
  await page.goto('/districts/999')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy đơn vị')
  await expect(page.getByText('Không có đơn vị nào mang mã “999”.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Về trang tổng quan' })).toBeVisible()
})

test('/indicators/nope shows "Không tìm thấy chỉ tiêu"', async ({ page }) => {
  await page.goto('/indicators/nope')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy chỉ tiêu')
  await expect(page.getByText('Không có chỉ tiêu nào mang mã “nope”.')).toBeVisible()
})

test('an unknown path shows "Không tìm thấy trang"', async ({ page }) => {
  await page.goto('/khong-co-trang-nay')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
})

// The first page comes drawn by the server with its figures; a reader who then picks another year
// waits for that year's answer in the browser, as before server rendering.
async function openYearThenPick(page: Page, from: number, to: number): Promise<void> {
  await page.goto(`/?year=${from}`)
  await page.getByLabel('Năm', { exact: true }).selectOption(String(to))
}

test('while the dashboard loads the page says "Đang tải dữ liệu…"', async ({ page }) => {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(
    (url) => url.pathname === '/api/dashboard',
    async (route) => {
      await released
      await route.continue()
    },
  )
  await openYearThenPick(page, 2020, 2021)
  await expect(page.getByRole('status').filter({ hasText: 'Đang tải dữ liệu…' })).toBeVisible()
  release()
  await expect(statusTable(page)).toBeVisible()
  await expect(page.getByText('Đang tải dữ liệu…')).toHaveCount(0)
})

test('an API error shows "Không tải được dữ liệu" and "Thử lại" recovers', async ({ page }) => {
  // The client retries a 5xx twice (1 s, then 2 s later) before it gives up, so the server fails
  // until the error is on screen; a fake clock skips the waits between retries.
  let failing = true
  let failures = 0
  await page.route(
    (url) => url.pathname === '/api/dashboard',
    async (route) => {
      if (!failing) return route.continue()
      failures++
      return route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'internal', message: 'Máy chủ gặp sự cố, vui lòng thử lại.' },
        }),
      })
    },
  )
  await page.clock.install()
  await openYearThenPick(page, 2020, 2021)
  const alert = page.getByRole('alert')
  await expect(async () => {
    await page.clock.runFor(1_000)
    await expect(alert).toContainText('Không tải được dữ liệu', { timeout: 100 })
  }).toPass({ timeout: 10_000 })
  await expect(alert).toContainText('Máy chủ gặp sự cố, vui lòng thử lại.')
  expect(failures).toBe(3) // the first request and two retries
  failing = false
  await alert.getByRole('button', { name: 'Thử lại' }).click()
  await expect(statusTable(page)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện chỉ tiêu năm 2021')
})
