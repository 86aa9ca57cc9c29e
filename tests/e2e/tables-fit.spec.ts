// Issue 10 item 5 and issue 11 item 6: every table keeps its unit column and its "% đạt" in view on a
// phone (390×844), a laptop (1366×768) and A4 print; a unit page's tables show their "Nguồn" column at
// every desktop width. "In view" means inside the table's own box and inside the page: a column that
// needs a sideways scroll, or that the box cuts off, fails.
import type { Locator, Page } from '@playwright/test'
import { expect, LAPTOP, PHONE, test } from './helpers.ts'

interface Box {
  left: number
  right: number
}

/** The header cell's box, and the visible part of its scroll box and of the page. */
async function columnFits(header: Locator): Promise<{ cell: Box; visible: Box }> {
  return header.evaluate((th) => {
    const cell = th.getBoundingClientRect()
    const box = th.closest('.table-scroll')?.getBoundingClientRect() ?? cell
    return {
      cell: { left: cell.left, right: cell.right },
      visible: { left: Math.max(0, box.left), right: Math.min(window.innerWidth, box.right) },
    }
  })
}

async function expectInView(header: Locator, what: string): Promise<void> {
  // Scroll the page down to the table only: its own box keeps the sideways position a reader gets.
  await header.evaluate((th) => window.scrollTo(0, th.getBoundingClientRect().top + window.scrollY - 120))
  const { cell, visible } = await columnFits(header)
  expect(cell.left, `${what}: left edge`).toBeGreaterThanOrEqual(visible.left - 1)
  expect(cell.right, `${what}: right edge`).toBeLessThanOrEqual(visible.right + 1)
}

const PAGES = [
  { name: 'overview 2024', url: '/?year=2024' },
  { name: 'overview 2026', url: '/?year=2026' },
  { name: 'ranking 2024', url: '/indicators/new_members?year=2024' },
  { name: 'ranking 2026', url: '/indicators/new_members?year=2026' },
  { name: 'unit page', url: '/districts/007' },
]

async function checkTables(page: Page, label: string): Promise<void> {
  // Tables behind "Xem dạng bảng" are built when opened: open them all first.
  await expect(
    page.locator('table.data-table, table.status-table, details.chart__table').first(),
  ).toBeAttached()
  const closed = page.locator('details.chart__table:not([open]) > summary')
  while ((await closed.count()) > 0) await closed.first().click()
  const tables = page.locator('table.data-table, table.status-table')
  const count = await tables.count()
  let percentSeen = 0
  for (let i = 0; i < count; i++) {
    const table = tables.nth(i)
    // A long table is laid out when it comes near the screen, as for a reader scrolling to it.
    await table.scrollIntoViewIfNeeded()
    const headers = table.locator('thead th')
    await expect.poll(async () => (await headers.allInnerTexts()).join('').trim()).not.toBe('')
    const texts = await headers.allInnerTexts()
    const unitIndex = texts.findIndex((t) => /Quận, huyện|Công đoàn xã, phường|Đơn vị|Năm/.test(t))
    expect(unitIndex, `${label}, table ${i}: a unit column (${texts.join(' | ')})`).toBeGreaterThanOrEqual(0)
    await expectInView(headers.nth(unitIndex), `${label}, table ${i}, ${texts[unitIndex]}`)
    const percentIndex = texts.findIndex((t) => /% đạt/.test(t))
    if (percentIndex >= 0) {
      percentSeen += 1
      await expectInView(headers.nth(percentIndex), `${label}, table ${i}, "% đạt"`)
      // Nothing of the column runs into the next one (its text fits its cells).
      const spill = await table
        .locator(`tbody tr > :nth-child(${percentIndex + 1})`)
        .evaluateAll((cells) => Math.max(0, ...cells.map((c) => c.scrollWidth - c.clientWidth)))
      expect(spill, `${label}, table ${i}: "% đạt" spills into the next column`).toBeLessThanOrEqual(1)
    }
  }
  expect(percentSeen, `${label}: some table shows "% đạt"`).toBeGreaterThan(0)
}

for (const size of [PHONE, LAPTOP]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })
    for (const p of PAGES)
      test(`${p.name}: unit column and "% đạt" in view`, async ({ page }) => {
        await page.goto(p.url)
        await expect(page.locator('table').filter({ visible: true }).first()).toBeVisible()
        await checkTables(page, p.name)
      })
  })
}

test.describe('A4 print', () => {
  // An A4 page less 15 mm margins each side at 96 dpi.
  test.use({ viewport: { width: 680, height: 1000 } })
  for (const p of PAGES)
    test(`${p.name}: unit column and "% đạt" on the paper`, async ({ page }) => {
      await page.goto(p.url)
      await expect(page.locator('table').filter({ visible: true }).first()).toBeVisible()
      await page.emulateMedia({ media: 'print' })
      await checkTables(page, `${p.name} (print)`)
    })
})

test.describe('a unit page’s tables show "Nguồn" at every desktop width', () => {
  for (const width of [1024, 1280, 1366, 1920])
    test(`${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      for (const url of ['/districts/007', '/districts/00256']) {
        await page.goto(url)
        const tables = page.locator('.history table')
        await expect(tables.first()).toBeVisible()
        const count = await tables.count()
        expect(count).toBeGreaterThan(5)
        for (let i = 0; i < count; i++) {
          const source = tables.nth(i).getByRole('columnheader', { name: 'Nguồn' })
          await expectInView(source, `${url} at ${width}, table ${i}`)
          // The table fits its box: nothing to scroll sideways.
          const overflow = await tables
            .nth(i)
            .evaluate(
              (t) =>
                (t.closest('.table-scroll')?.scrollWidth ?? 0) -
                (t.closest('.table-scroll')?.clientWidth ?? 0),
            )
          expect(overflow, `${url} at ${width}, table ${i} overflows its box`).toBeLessThanOrEqual(1)
        }
      }
    })
})
