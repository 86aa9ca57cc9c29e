// The print view of a year's report: A4 pages from Chromium's own PDF printer, with the title in
// the text layer, page numbers in the margin and no site navigation on paper.
import { type Page } from '@playwright/test'
import { expect, test } from './helpers.ts'
import { extractText } from 'unpdf'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pdfPages } from './office.ts'
import { overlaps, signIn, textBoxes } from './present-helpers.ts'

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

/** The report of `year` printed by Chromium, as the text of each page (pdftotext). */
async function printed(page: Page, year: number): Promise<string[]> {
  await page.goto(`/report?year=${year}`)
  await expect(page.locator('.report')).toBeVisible({ timeout: 15_000 })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const dir = mkdtempSync(join(tmpdir(), 'ldld-report-'))
  const file = join(dir, `report-${year}.pdf`)
  writeFileSync(file, pdf)
  return pdfPages(file).map((p) => p.normalize('NFC'))
}

test('the cover has the year, the data’s status and the sources, on a page of its own, numbered', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const pages = await printed(page, 2024)
  const cover = (pages[0] ?? '').replace(/\s+/g, ' ')
  expect(cover).toContain(TITLE)
  expect(cover).toContain('Cộng 30 LĐLĐ quận, huyện, thị xã')
  expect(cover).toMatch(/Số liệu .*mới nhất/i)
  expect(cover).toContain('30/30 đơn vị đã báo cáo')
  expect(cover).toContain('Nguồn')
  expect(cover).toContain('Báo Lao động Thủ đô')
  expect(cover).toContain(`Trang 1/${pages.length}`)
  expect(cover).not.toContain('1. Toàn thành phố') // the totals start on page 2
})

test('a chart never splits across pages, and the tables keep the unit and “% đạt” on A4', async ({
  page,
}) => {
  test.setTimeout(90_000)
  for (const year of [2024, 2026]) {
    const pages = (await printed(page, year)).map((p) => p.replace(/[ \t]+/g, ' '))
    const figures = await page
      .locator('.report-bars')
      .evaluateAll((els) =>
        els.map((el) =>
          [...el.querySelectorAll('.report-bars__row')].map((row) =>
            [
              row.querySelector('.report-bars__name')?.textContent,
              row.querySelector('.report-bars__label')?.textContent,
            ]
              .join(' ')
              .trim(),
          ),
        ),
      )
    expect(figures.length).toBeGreaterThan(1)
    // Figures come in page order: each is looked for from the page of the one before.
    let from = 0
    for (const rows of figures) {
      const first = rows[0] ?? ''
      const last = rows.at(-1) ?? ''
      const where = (row: string) => pages.findIndex((p, i) => i >= from && p.includes(row))
      expect(where(first), `${year}: “${first}” printed`).toBeGreaterThanOrEqual(0)
      expect(where(last), `${year}: a chart from “${first}” to “${last}” on one page`).toBe(where(first))
      from = where(first)
    }
  }
  // On A4 (182 mm between the margins), no cell's text runs into another and none is cut.
  await page.setViewportSize({ width: 688, height: 1000 })
  await page.emulateMedia({ media: 'print' })
  for (const year of [2024, 2026]) {
    await page.goto(`/report?year=${year}`)
    await expect(page.locator('.report-table').first()).toBeVisible()
    expect(overlaps(await textBoxes(page, '.report')), `${year}`).toEqual([])
    const cut = await page
      .locator('.report-table th, .report-table td')
      .evaluateAll((cells) =>
        cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
      )
    expect(cut, `${year}: cells whose text is cut`).toEqual([])
    const right = await page
      .locator('.report-table')
      .evaluateAll((tables) => Math.max(...tables.map((t) => t.getBoundingClientRect().right)))
    expect(right).toBeLessThanOrEqual(688)
    await expect(page.locator('.report-table thead').first()).toContainText('% đạt')
    await expect(page.locator('.report-table:not(.report-table--totals) thead').first()).toContainText(
      'Đơn vị',
    )
  }
})

test('2026 speaks of công đoàn xã, phường, draws no map without boundaries, and compares nothing with a part-year 2025', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('/report?year=2026')
  await expect(page.locator('.report')).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('.report-cover')).toContainText('công đoàn xã, phường')
  await expect(page.locator('.report-map')).toHaveCount(0)
  await expect(page.locator('.report-nomap')).toContainText('chưa có ranh giới')
  // New members is a flow: 2026 against the unions' three months of 2025 is not compared.
  const members = page
    .getByRole('table', { name: 'Tổng hợp toàn thành phố năm 2026' })
    .getByRole('row', { name: /Phát triển \(kết nạp\) đoàn viên mới/ })
  await expect(members).toContainText('không so sánh')
  await expect(members).not.toContainText('%' + ' so với') // no "+296,9%" beside it
  await expect(members.locator('td').last()).not.toContainText('+')
})

test('on a phone (390 px) the report’s tables keep the unit and “% đạt” on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  for (const year of [2024, 2026]) {
    await page.goto(`/report?year=${year}`)
    await expect(page.locator('.report-table').first()).toBeVisible({ timeout: 15_000 })
    const beyond = await page
      .locator('.report-table, .report-table *')
      .evaluateAll((els) =>
        els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.textContent),
      )
    expect(beyond, `${year}: table content beyond the screen`).toEqual([])
  }
})
