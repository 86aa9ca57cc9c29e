// Issue 11.4 in the real app: the entry form keeps what the source said. A bound stays a bound ("hơn"),
// a percentage the article printed shows as such, a real figure names its article and quote and says
// what an edit will do; a qualifier picked and saved survives a reload and is in the history.
import type { Page } from '@playwright/test'
import { expect, test, signInAs } from './helpers.ts'

const row = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) })

test('Hai Bà Trưng 2021: "hơn 11 tỷ 786,1 triệu" keeps its "hơn"; the article and quote are shown', async ({
  page,
}) => {
  await signInAs(page, 'd007', { next: '/entry/007/2021' })
  const welfare = row(page, 'Chi chăm lo')
  const picker = welfare.getByRole('combobox', { name: /^Cách nêu số thực hiện/ })
  await expect(picker).toHaveValue('at_least')
  await expect(picker.locator('option:checked')).toHaveText('hơn (ít nhất)')
  await expect(welfare.getByText('= hơn 11.786.100.000 đ')).toBeVisible()
  await expect(welfare.getByText('Đã làm tốt, phấn đấu làm tốt hơn')).toBeVisible()
  await expect(welfare.locator('q')).toContainText('hơn 10 tỷ đồng')
  await expect(welfare.getByText('Sửa số này sẽ thay số liệu của bài báo bằng số bạn nhập.')).toBeVisible()
  // Typing another number: the picker follows the rule (a new number is exact) and the note warns.
  await welfare.getByLabel('Thực hiện 2021').fill('12 tỷ')
  await expect(picker).toHaveValue('exact')
  await expect(welfare.getByText(/^Khi lưu, số bạn nhập sẽ thay số liệu của bài báo/)).toBeVisible()
  // Last year's figure is invented demo data: marked "mh" beside it.
  await expect(row(page, 'Phát triển').locator('.entry-facts').getByText('mh')).toBeVisible()
})

test('Ba Đình 2016: the percentages the article printed show as such, not "% đạt —"', async ({ page }) => {
  await signInAs(page, 'city', { next: '/entry/001/2016' })
  const fee = row(page, 'Thu kinh phí công đoàn')
  await expect(fee.locator('.entry-facts')).toContainText('đạt 148% (nguồn nêu)')
  await expect(row(page, 'Thu đoàn phí').locator('.entry-facts')).toContainText('đạt 220% (nguồn nêu)')
  await expect(fee.getByText('LĐLĐ quận Ba Đình: Một năm về đích trước hẹn')).toBeVisible()
  // The city may set the target: doing so drops the printed percentage, and the form says it first.
  await expect(fee.getByText('Sửa chỉ tiêu sẽ bỏ tỷ lệ 148% bài báo nêu.')).toBeVisible()
  const unions = row(page, 'Thành lập mới công đoàn cơ sở')
  await expect(unions.locator('.entry-facts')).toContainText('132%')
  await expect(unions.locator('.entry-facts')).toContainText('nguồn nêu 132%')
})

test('a ward union officer picks "hơn", saves, reloads: still "hơn", and the history says so', async ({
  page,
}) => {
  await signInAs(page, 'cd00256', { next: '/entry/00256/2026' })
  // The header names the officer's own union, not "quận/huyện".
  await expect(page.getByRole('banner').locator('.user-menu__role')).toHaveText(
    'Cán bộ công đoàn phường Hai Bà Trưng',
  )
  const welfare = row(page, 'Chi chăm lo')
  const field = welfare.getByLabel('Thực hiện 2026')
  const picker = welfare.getByRole('combobox', { name: /^Cách nêu số thực hiện/ })
  await field.fill('1 tỷ 250,3 triệu')
  await picker.selectOption({ label: 'hơn (ít nhất)' })
  await expect(welfare.getByText('= hơn 1.250.300.000 đ')).toBeVisible()
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page.getByText(/Đã lưu nháp lúc/)).toBeVisible()
  await page.reload()
  await expect(field).toHaveValue('1 tỷ 250,3 triệu')
  await expect(picker).toHaveValue('at_least')
  // "khoảng" alone on the same number is a change of the actual, recorded old → new.
  await picker.selectOption({ label: 'khoảng' })
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page.getByText(/Đã lưu nháp lúc/)).toBeVisible()
  await welfare.getByRole('button', { name: /^Lịch sử/ }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByText('Cách nêu: hơn (ít nhất) → khoảng')).toBeVisible()
  await expect(dialog.getByText('Cách nêu: chính xác → hơn (ít nhất)')).toBeVisible()
  await expect(dialog.getByText('khoảng 1 tỷ 250,3 triệu đồng')).toBeVisible()
  await expect(dialog.getByText('Cán bộ công đoàn phường Hai Bà Trưng').first()).toBeVisible()
})
