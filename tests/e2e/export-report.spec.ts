// The print view of a year's report: A4 pages from Chromium's own PDF printer, with the title in
// the text layer, page numbers in the margin and no site navigation on paper.
import { expect, test } from '@playwright/test'
import { extractText } from 'unpdf'
import { signIn } from './present-helpers.ts'

const TITLE = 'Báo cáo kết quả thực hiện chỉ tiêu công đoàn năm 2024'

test.beforeEach(async ({ page }) => signIn(page))

test('the report prints to a multi-page A4 PDF with its title, page numbers and no navigation', async ({
  page,
}) => {
  await page.goto('/report?year=2024')
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.locator('.report-map path.map-area')).toHaveCount(30)
  await expect(page.getByRole('table', { name: 'Tổng hợp toàn thành phố năm 2024' })).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true })
  const flat = text.normalize('NFC').replace(/\s+/g, ' ')
  expect(totalPages).toBeGreaterThan(1)
  expect(flat).toContain(TITLE)
  expect(flat).toContain(`Trang 1/${totalPages}`)
  expect(flat).toContain('OCHA ROAP qua HDX (CC BY 3.0 IGO)')
  expect(flat).not.toContain('In hoặc lưu PDF')
  expect(flat).not.toContain('Bỏ qua đến nội dung chính')
})

test('the report is reachable from the overview and keeps A4 portrait pages', async ({ page }) => {
  await page.goto('/?year=2024')
  await page.getByRole('link', { name: 'Báo cáo để in (A4, PDF)' }).click()
  await expect(page).toHaveURL('/report?year=2024')
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true })
  // A4 is 595 × 842 pt: every page box says so.
  const boxes = [
    ...Buffer.from(pdf)
      .toString('latin1')
      .matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g),
  ]
  expect(boxes.length).toBeGreaterThan(1)
  for (const [, w, h] of boxes) expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842])
})
