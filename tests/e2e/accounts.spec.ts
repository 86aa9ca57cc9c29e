// Accounts as an admin and an officer meet them: a new account's one-time password, the first sign-in
// that must change it (with the password rule's reasons), accounts in bulk from a file with its
// preview, errors by row and the downloadable list, and a sign-in link whose `next` is hostile.
import type { Page } from '@playwright/test'
import { download, parseCsv } from './present-helpers.ts'
import { expect, test, signInAs } from './helpers.ts'

async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByLabel('Mật khẩu hiện tại').fill(current)
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(next)
  await page.getByLabel('Nhập lại mật khẩu mới').fill(next)
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
}

test('a new account gets a one-time password; the first sign-in must change it, with reasons', async ({
  page,
}) => {
  await signInAs(page, 'admin', { password: 'demo1234' })
  await page.goto('/admin')
  const form = page.locator('form', { has: page.getByRole('group', { name: 'Thêm người dùng' }) })
  await form.getByLabel('Tên đăng nhập').fill('lanh.dao.e2e')
  await form.getByLabel('Tên hiển thị').fill('Nguyễn Thị Lành')
  await form.getByLabel('Vai trò').selectOption({ label: 'Lãnh đạo (chỉ xem)' })
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click()
  const code = form.locator('.one-time-password__value')
  await expect(code).toHaveText(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/)
  const oneTime = (await code.textContent()) ?? ''
  await expect(page.getByRole('row', { name: /lanh\.dao\.e2e/ })).toContainText('Chờ đổi mật khẩu tạm')
  await page.getByRole('button', { name: 'Đăng xuất' }).click()

  await signInAs(page, 'lanh.dao.e2e', { password: oneTime })
  await expect(page).toHaveURL(/\/doi-mat-khau\?next=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đổi mật khẩu')
  await expect(page.getByText('Bạn đang dùng mật khẩu tạm do quản trị viên cấp.')).toBeVisible()
  await page.goto('/?year=2024')
  await expect(page).toHaveURL(/\/doi-mat-khau\?next=%2F%3Fyear%3D2024$/)

  await changePassword(page, oneTime, '12345678')
  await expect(
    page.getByRole('link', { name: /Mật khẩu mới: Mật khẩu cần ít nhất 10 ký tự \(mới có 8\)/ }),
  ).toBeVisible()
  await changePassword(page, oneTime, 'password123')
  await expect(page.getByRole('link', { name: /danh sách mật khẩu phổ biến/ })).toBeVisible()
  await changePassword(page, 'sai-mat-khau-roi', 'cau-long-bien-mua-thu')
  await expect(page.getByText('Mật khẩu hiện tại không đúng.').first()).toBeVisible()
  await changePassword(page, oneTime, 'cau-long-bien-mua-thu')
  await expect(page).toHaveURL('/?year=2024')
  await expect(page.getByRole('banner')).toContainText('Nguyễn Thị Lành')
  await page.reload()
  await expect(page).toHaveURL('/?year=2024')
})

test('a sign-in link whose next= hides control characters shows the sign-in page and stays on this site', async ({
  page,
}) => {
  for (const next of ['%2F%09%2Fevil.example', '%00%0A', '%2F%E0%A4%A', '%2F%5Cevil.example']) {
    await page.goto(`/dang-nhap?next=${next}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập')
  }
  await page.goto('/dang-nhap?next=%2F%09%2Fevil.example')
  await page.getByLabel('Tên đăng nhập').fill('viewer')
  await page.getByLabel('Mật khẩu').fill('demo1234')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible()
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/(\?year=\d+)?$/)
})

const SECTORS = [
  // A sector union's full name is derived from its kind and name ("Công đoàn ngành Y tế Hà Nội").
  { code: 'NGD', name: 'Giáo dục Hà Nội' },
  { code: 'NYT', name: 'Y tế Hà Nội' },
]

async function addSectorUnions(page: Page): Promise<void> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }
  for (const s of SECTORS) {
    const res = await page.request.post('/api/organisations', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { ...s, kind: 'sector', adminType: null, parentCode: '01', validFrom: '2020-01-01' },
    })
    expect(res.status(), await res.text()).toBe(201)
  }
}

const csvFile = (rows: string[][]) => ({
  name: 'tai-khoan.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`),
})

test('accounts in bulk: preview with errors by row, confirm, download the one-time passwords', async ({
  page,
}) => {
  await signInAs(page, 'admin', { password: 'demo1234' })
  await addSectorUnions(page)
  await page.goto('/admin')
  const section = page.getByRole('region', { name: 'Tạo tài khoản hàng loạt' })
  const file = section.getByLabel('Tệp danh sách tài khoản')

  await file.setInputFiles({
    name: 'anh.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
  })
  await section.getByRole('button', { name: 'Xem trước' }).click()
  await expect(section.getByRole('alert')).toContainText('Tệp không phải bảng tính')

  const header = ['Mã đơn vị', 'Tên hiển thị', 'Tên đăng nhập']
  await file.setInputFiles(
    csvFile([header, ['NGD', 'Trần Văn Giáo', 'cd.giaoduc'], ['NYT', 'Lê Thị Y', 'd007']]),
  )
  await section.getByRole('button', { name: 'Xem trước' }).click()
  const preview = section.getByRole('table', {
    name: /Xem trước tệp tai-khoan\.csv: 1 dòng hợp lệ, 1 dòng có lỗi/,
  })
  await expect(preview.getByRole('row', { name: /^3/ })).toContainText(
    'Tên đăng nhập “d007” đã có người dùng.',
  )
  await expect(section.getByRole('button', { name: 'Xác nhận tạo tài khoản' })).toBeDisabled()

  await file.setInputFiles(
    csvFile([header, ['NGD', 'Trần Văn Giáo', 'cd.giaoduc'], ['NYT', 'Lê Thị Y', 'cd.yte']]),
  )
  await section.getByRole('button', { name: 'Xem trước' }).click()
  await section.getByRole('button', { name: 'Xác nhận tạo 2 tài khoản' }).click()
  const result = section.getByRole('table', { name: 'Tài khoản vừa tạo' })
  await expect(result.getByRole('row')).toHaveCount(3)
  const shown = await result
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th')?.textContent ?? '', r.querySelector('code')?.textContent ?? '']),
    )
  const list = await download(
    page,
    section
      .getByRole('group', { name: 'Tải danh sách tài khoản mới' })
      .getByRole('button', { name: 'Tải CSV' }),
  )
  const rows = parseCsv(list.bytes.toString('utf8').replace(/^\uFEFF/, ''))
  expect(rows[0]).toEqual([
    'Mã đơn vị',
    'Đơn vị',
    'Tên hiển thị',
    'Tên đăng nhập',
    'Mật khẩu tạm (đổi khi đăng nhập lần đầu)',
  ])
  expect(rows.slice(1).map((r) => [r[3], r[4]])).toEqual(shown)

  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  const [username = '', password = ''] = shown[0] ?? []
  await signInAs(page, username, { password: password })
  await expect(page).toHaveURL(/\/doi-mat-khau/)
})
