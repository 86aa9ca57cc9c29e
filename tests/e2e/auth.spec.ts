// Signing in and out, the header by role, and what a read-only account may not do.
import type { Page } from '@playwright/test'
import { expect, test, expectNoSeriousViolations } from './helpers.ts'

const PASSWORD = 'demo1234'

async function fillSignIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/dang-nhap')
  await fillSignIn(page, username)
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible()
}

const header = (page: Page) => page.getByRole('banner')
const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' })

test('an anonymous visitor of an entry page signs in, is told a wrong password, and lands back there', async ({
  page,
}) => {
  await page.goto('/entry/007/2024')
  await expect(page).toHaveURL('/dang-nhap?next=%2Fentry%2F007%2F2024')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('link', { name: 'Thiếu tên đăng nhập.' })).toBeVisible()
  await fillSignIn(page, 'd007', 'sai-mat-khau')
  await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.')
  await fillSignIn(page, 'D007 ')
  await expect(page).toHaveURL('/entry/007/2024')
  await expect(header(page)).toContainText('Cán bộ LĐLĐ quận Hai Bà Trưng')
  // The role says the officer's own unit (issue 8), not a generic "quận/huyện".
  await expect(header(page).locator('.user-menu__role')).toHaveText('Cán bộ LĐLĐ quận Hai Bà Trưng')
  // The header opens the unit's default year: Hai Bà Trưng district ended on 30/6/2025, so 2025.
  await expect(nav(page).getByRole('link', { name: 'Nhập số liệu' })).toHaveAttribute('href', '/entry/007')
  await expect(nav(page).getByRole('link', { name: 'Giao chỉ tiêu' })).toHaveCount(0)
  await nav(page).getByRole('link', { name: 'Nhập số liệu' }).click()
  await expect(page).toHaveURL('/entry/007/2025')
})

test('a union officer of 2026 is offered its own unit’s report of the year in progress', async ({ page }) => {
  await signIn(page, 'cd00256')
  await expect(header(page)).toContainText('Cán bộ Công đoàn phường Hai Bà Trưng')
  await expect(nav(page).getByRole('link', { name: 'Nhập số liệu' })).toHaveAttribute('href', '/entry/00256')
  await nav(page).getByRole('link', { name: 'Nhập số liệu' }).click()
  await expect(page).toHaveURL('/entry/00256/2026')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Số liệu năm 2026: Công đoàn phường Hai Bà Trưng',
  )
})

test('the header offers each role its own work', async ({ page }) => {
  await signIn(page, 'city')
  await expect(header(page)).toContainText('Cán bộ LĐLĐ thành phố')
  // December 2026: the reports of the year in progress, and next year's targets.
  await nav(page).getByRole('link', { name: 'Nhập số liệu' }).click()
  await expect(page).toHaveURL('/reports/2026')
  await nav(page).getByRole('link', { name: 'Giao chỉ tiêu' }).click()
  await expect(page).toHaveURL('/targets/2027')
  await expect(nav(page).getByRole('link', { name: 'Quản trị' })).toHaveCount(0)
  await page.goto('/admin')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có quyền')

  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await signIn(page, 'admin')
  await expect(header(page)).toContainText('Quản trị')
  await nav(page).getByRole('link', { name: 'Quản trị' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản trị')
  await expect(page.getByRole('row', { name: /^d007/ })).toContainText('Hai Bà Trưng')
})

test('a viewer sees no entry or target links and gets "Không có quyền" on writes', async ({ page }) => {
  await signIn(page, 'viewer')
  await expect(header(page)).toContainText('Lãnh đạo (chỉ xem)')
  await expect(nav(page).getByRole('link', { name: 'Nhập số liệu' })).toHaveCount(0)
  await expect(nav(page).getByRole('link', { name: 'Giao chỉ tiêu' })).toHaveCount(0)

  await page.goto('/entry/007/2024')
  await expect(page.getByText('Không có quyền sửa báo cáo này: bạn chỉ xem được số liệu.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0)
  await expect(
    page.getByRole('group', { name: /^Thành lập mới công đoàn cơ sở/ }).getByLabel('Thực hiện 2024'),
  ).not.toBeEditable()

  // Even a hand-made request with the session's CSRF token is refused by the server.
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }
  const put = await page.request.put('/api/organisations/007/years/2024/values', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { version: 0, values: [{ indicator: 'new_unions', actual: 1 }] },
  })
  expect(put.status()).toBe(403)
  expect(((await put.json()) as { error: { message: string } }).error.message).toMatch(
    /không được|Không có quyền/i,
  )

  await page.goto('/targets/2025')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có quyền')
})

test('signing out ends the session; an expired session sends the user back to sign in', async ({
  page,
  context,
}) => {
  await signIn(page, 'd001')
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(header(page).getByRole('link', { name: 'Đăng nhập' })).toBeVisible()
  await expect(nav(page).getByRole('link', { name: 'Nhập số liệu' })).toHaveCount(0)
  await page.goto('/entry/001/2021')
  await expect(page).toHaveURL(/\/dang-nhap\?next=/)

  // Signed in, then the cookie disappears (expiry): the next request answers 401 → sign-in.
  await fillSignIn(page, 'd001')
  await expect(page).toHaveURL('/entry/001/2021')
  const field = page
    .getByRole('group', { name: /^Thành lập mới công đoàn cơ sở/ })
    .getByLabel('Thực hiện 2021')
  await field.fill('77')
  await context.clearCookies()
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page).toHaveURL('/dang-nhap?next=%2Fentry%2F001%2F2021')
  await fillSignIn(page, 'd001')
  // The unsaved figure was kept in this browser and is offered back.
  await page.getByRole('button', { name: 'Khôi phục' }).click()
  await expect(field).toHaveValue('77')
})

test('sign-in page (with errors shown): no serious or critical axe violation', async ({ page }) => {
  await page.goto('/dang-nhap')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('link', { name: 'Thiếu mật khẩu.' })).toBeVisible()
  await expectNoSeriousViolations(page)
})
