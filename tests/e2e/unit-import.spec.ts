// The admin imports a unit list in the browser: a file with a bad row is refused with its row and
// column named and nothing written; the corrected file previews as new and is applied. The units it
// adds start in 2031, so no other page of the shared test database changes.
import { expect, test, signInAs } from './helpers.ts'

const HEAD = 'Mã,Tên,Loại,Cấp hành chính,Đơn vị cấp trên,Hiệu lực từ,Hiệu lực đến'
const file = (...rows: string[]) => ({
  name: 'don-vi.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEAD, ...rows].join('\r\n'), 'utf8'),
})

test('the admin previews a unit file, sees the refused row, fixes it and applies it', async ({ page }) => {
  await signInAs(page, 'admin', { next: '/admin' })
  await expect(page.getByRole('heading', { name: 'Nhập danh sách đơn vị' })).toBeVisible()
  const section = page.getByRole('region', { name: 'Nhập danh sách đơn vị' })
  await expect(section.getByRole('link', { name: 'Excel' })).toHaveAttribute(
    'href',
    '/api/organisations/export?format=xlsx',
  )

  await section
    .getByLabel('Tệp danh sách đơn vị')
    .setInputFiles(
      file(
        'T2031A,Thử Nghiệm,công đoàn phường,phường,01,1/1/2031,',
        'T2031B,Thử Nghiệm Hai,công đoàn xã,xã,99,1/1/2031,',
      ),
    )
  await section.getByRole('button', { name: 'Xem trước' }).click()
  const alert = section.getByRole('alert')
  await expect(alert).toContainText('Tệp có 1 lỗi; chưa có gì được ghi.')
  await expect(alert).toContainText('Dòng 3, cột Đơn vị cấp trên: Không có đơn vị cấp trên mã "99"')
  await expect(section.getByRole('button', { name: 'Áp dụng danh sách' })).toBeDisabled()

  await section
    .getByLabel('Tệp danh sách đơn vị')
    .setInputFiles(
      file(
        'T2031A,Thử Nghiệm,công đoàn phường,phường,01,1/1/2031,',
        'T2031B,Thử Nghiệm Hai,công đoàn xã,xã,01,1/1/2031,',
      ),
    )
  await section.getByRole('button', { name: 'Xem trước' }).click()
  await expect(section.getByRole('heading', { name: 'Xem trước: 2 dòng' })).toBeVisible()
  await expect(section.getByText('Thêm mới: 2')).toBeVisible()
  const table = section.getByRole('table', { name: 'Đơn vị thêm mới, thay đổi, kết thúc, xóa' })
  await expect(table.getByRole('row', { name: /T2031A/ })).toContainText('Công đoàn phường Thử Nghiệm')
  await expect(table.getByRole('row', { name: /T2031B/ })).toContainText('Công đoàn xã Thử Nghiệm Hai')

  await section.getByRole('button', { name: 'Áp dụng danh sách' }).click()
  await expect(section.getByRole('status')).toContainText('Đã nhập danh sách đơn vị: 2 thêm mới')
  // The unit form's parent list now offers the new units.
  await expect(page.getByLabel('Đơn vị cấp trên').locator('option', { hasText: 'T2031A' })).toHaveCount(1)
})

test('the one-unit form shows the full name it will give, derived from kind and type', async ({ page }) => {
  await signInAs(page, 'admin', { next: '/admin' })
  await expect(page.getByRole('heading', { name: 'Nhập danh sách đơn vị' })).toBeVisible()
  const form = page.getByRole('group', { name: 'Thêm đơn vị' })
  await form.getByLabel('Tên ngắn').fill('Hai Bà Trưng')
  await expect(form.getByText('Tên đầy đủ (tự đặt theo loại đơn vị):')).toContainText(
    'Công đoàn phường Hai Bà Trưng',
  )
  await form.getByLabel('Loại đơn vị').selectOption({ label: 'LĐLĐ quận, huyện, thị xã' })
  await form.getByLabel('Cấp hành chính').selectOption({ label: 'Quận' })
  await expect(form.getByText('Tên đầy đủ (tự đặt theo loại đơn vị):')).toContainText(
    'LĐLĐ quận Hai Bà Trưng',
  )
})
