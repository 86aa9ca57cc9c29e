// What a leader sees of a year in progress (issue 7, items 1, 3, 4, 5, 8), on a server of its own:
// 2025 with targets for all 30 units, figures from 12, two of them accepted; 2027's targets set.
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { readXlsxCells } from '../fixtures/xlsx.ts'
import { download, parseCsv } from './present-helpers.ts'
import { expect, test, expectNoSeriousViolations } from './helpers.ts'
import { DRAFT_NOTE, prepareYearInProgress, PROGRESS_URL, startProgressServer } from './progress-server.ts'

let server: { stop(): Promise<void> } | undefined
test.beforeAll(async () => {
  test.setTimeout(90_000)
  server = await startProgressServer()
  await prepareYearInProgress()
})
test.afterAll(async () => {
  await server?.stop()
})
test.use({ baseURL: PROGRESS_URL })

const card = (page: Page, title: string) =>
  page.locator('.kpi-card', { has: page.getByRole('heading', { name: title, exact: true }) })

test('the default year is the latest with reported figures; a year of targets only is offered as a plan', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\?year=2025$/)
  const picker = page.getByLabel('Năm', { exact: true })
  await expect(picker.locator('option', { hasText: '2027 (kế hoạch)' })).toHaveCount(1)
  await picker.selectOption('2027')
  await expect(page.getByText('Năm 2027 là năm kế hoạch: đã có chỉ tiêu')).toBeVisible()
})

test('a year with 12 of 30 units reported reads as in progress, not as failure', async ({ page }) => {
  await page.goto('/?year=2025')
  await expect(page.getByTestId('coverage')).toContainText('12/30 đơn vị đã báo cáo')
  const members = card(page, 'Đoàn viên kết nạp mới')
  // 12 units × 1.100 against their own 12 × 1.000: the % over those who reported, said beside it.
  await expect(members.locator('.kpi-card__value')).toHaveText('13.200 / 12.000 đoàn viên')
  await expect(members).toContainText('đạt 110%')
  await expect(members).toContainText('tính trên 12/30 đơn vị đã báo cáo')
  // The districts' 2025 covers 1/1–30/6: no change against the whole of 2024 (issue 11, one rule).
  await expect(members.getByTestId('kpi-change')).toHaveText('không so với 2024: có số liệu một phần năm')
  await expect(members.locator('.status--below')).toHaveCount(0)
  // A unit that has not reported: neutral words, not a red mark.
  const row = page.getByRole('row', { name: /Thanh Trì/ })
  const cell = row.locator('td').nth(2)
  await expect(cell.locator('[aria-hidden="true"]')).toHaveText('chưa báo cáo')
  await expect(cell).toHaveClass(/cell--not_reported/)
  await expect(page.locator('.status-table tfoot')).not.toContainText('✗')
})

test('the ranking and the map leave the 18 others unranked and blank', async ({ page }) => {
  await page.goto('/indicators/new_members?year=2025')
  await expect(page.getByTestId('coverage')).toContainText('12/30 đơn vị đã báo cáo')
  await expect(page.getByRole('row', { name: /Thanh Trì/ })).toContainText('Chưa báo cáo')
  await expect(page.locator('.map-legend')).toContainText('Chưa báo cáo: 18 đơn vị')
  await expect(page.locator('.map-figure .map-area--not_reported')).toHaveCount(18)
})

test('the 2024 card shows the result and target its % divides, and Hoàng Mai apart', async ({ page }) => {
  const api = await page.request.get('/api/dashboard?year=2024')
  const total = (
    (await api.json()) as { totals: { indicator: string; actual: number; target: number }[] }
  ).totals.find((t) => t.indicator === 'new_members')
  await page.goto('/?year=2024')
  const members = card(page, 'Đoàn viên kết nạp mới')
  const text = await members.locator('.kpi-card__value').textContent()
  const [actual, target] = (text ?? '').split('/').map((part) => Number(part.replace(/\D/g, '')))
  expect([actual, target]).toEqual([total?.actual, total?.target])
  expect(Math.round(((actual ?? 0) / (target ?? 1)) * 1000) / 10).toBe(107.9)
  await expect(members).toContainText('đạt 107,9%')
  await expect(members).toContainText('+ 1 đơn vị nguồn không nêu chỉ tiêu: 4.315')
})

test('the accepted-only switch changes the figures, lives in the URL and goes into the CSV and Excel files', async ({
  page,
}) => {
  await page.goto('/?year=2025')
  // The choice is a URL navigation: click, then wait for the URL (check() would race the re-render).
  await page.getByLabel('Chỉ số liệu đã duyệt').click()
  await expect(page).toHaveURL(/data=accepted/)
  await expect(page.getByLabel('Chỉ số liệu đã duyệt')).toBeChecked()
  await expect(page.getByTestId('coverage')).toContainText('2/30 đơn vị có báo cáo đã duyệt')
  await expect(card(page, 'Đoàn viên kết nạp mới').locator('.kpi-card__value')).toHaveText(
    '2.200 / 2.000 đoàn viên',
  )
  const row = page.getByRole('row', { name: /Tây Hồ/ }) // submitted, not accepted yet
  await expect(row.locator('td').nth(2).locator('[aria-hidden="true"]')).toHaveText('chưa duyệt')
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: /^Mức đạt chỉ tiêu theo/ }),
  })
  const csv = await download(page, section.getByRole('button', { name: 'Tải CSV' }))
  expect(csv.name).toBe('so-lieu-chi-tieu-2025-da-duyet.csv')
  const rows = parseCsv(csv.bytes.toString('utf8').slice(1))
  const basis = rows[0]?.indexOf('Số liệu') ?? -1
  expect(basis).toBeGreaterThan(0)
  expect(new Set(rows.slice(1).map((r) => r[basis]))).toEqual(
    new Set(['Chỉ số liệu đã duyệt (2/30 đơn vị có báo cáo đã duyệt)']),
  )
  const xlsx = await download(page, section.getByRole('button', { name: 'Tải Excel' }))
  expect(xlsx.name).toBe('so-lieu-chi-tieu-2025-da-duyet.xlsx')
  const { shared } = await readXlsxCells(xlsx.bytes)
  expect(shared).toContain('Chỉ số liệu đã duyệt (2/30 đơn vị có báo cáo đã duyệt)')
  // The other pages keep the choice.
  await page.getByRole('link', { name: 'Thanh Trì' }).click()
  await expect(page).toHaveURL(/\/districts\/020\?data=accepted/)
})

test('the deck and its PowerPoint print the basis and coverage on every slide footer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/present?year=2025&data=accepted')
  const foot = page.locator('.slide__foot')
  await expect(foot).toContainText('Chỉ số liệu đã duyệt · 2/30 đơn vị có báo cáo đã duyệt')
  await page.mouse.move(600, 300)
  const file = await download(page, page.getByRole('button', { name: 'Tải cả bài dạng PowerPoint' }))
  const zip = await JSZip.loadAsync(file.bytes)
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
  expect(slides.length).toBeGreaterThan(3)
  for (const name of slides) {
    const xml = (await zip.file(name)?.async('string')) ?? ''
    expect(xml, name).toContain('Chỉ số liệu đã duyệt · 2/30 đơn vị có báo cáo đã duyệt')
  }
})

test('the print report states its coverage and basis', async ({ page }) => {
  await page.goto('/report?year=2025&data=accepted')
  await expect(page.locator('.report-cover__facts')).toContainText('Chỉ số liệu đã duyệt')
  await expect(page.locator('.report-cover__facts')).toContainText('2/30 đơn vị có báo cáo đã duyệt')
  await expect(page.locator('.report-basis').first()).toHaveText(
    'Chỉ số liệu đã duyệt · 2/30 đơn vị có báo cáo đã duyệt',
  )
})

test('a draft note stays off the public district page until the city accepts the report', async ({
  page,
}) => {
  await page.goto('/districts/003')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tây Hồ', { timeout: 15_000 })
  await expect(page.locator('main')).not.toContainText(DRAFT_NOTE)
  const api = await page.request.get('/api/organisations/003/series')
  expect(await api.text()).not.toContain(DRAFT_NOTE)
})

test('the in-progress overview with the switch passes axe (no serious or critical violation)', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/?year=2025&data=accepted')
  await expect(page.getByTestId('coverage')).toContainText('2/30')
  await expectNoSeriousViolations(page)
})
