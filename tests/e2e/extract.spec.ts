// "Đọc từ văn bản báo cáo" in the real built app: a district pastes a paragraph of a source article,
// sees each figure marked in the text beside its proposal, rejects one, edits one, accepts one and
// gets the list to save; city staff open a Word file; a viewer has no such page.
import type { Locator, Page } from '@playwright/test'
import { buildDocx } from './docx.ts'
import {
  expect,
  expectPageHeading,
  test,
  signInAs,
  expectNoSeriousViolations,
  AXE_WCAG_TAGS,
} from './helpers.ts'
import { PROGRESS_URL, startProgressServer } from './progress-server.ts'

// The first test saves Hai Bà Trưng's 2021 members into its report (2.400): on a server of its own, so
// the overview, ranking and exports specs keep reading the article's 2.352.
let server: { stop(): Promise<void> } | undefined
test.beforeAll(async () => {
  test.setTimeout(90_000)
  server = await startProgressServer()
})
test.afterAll(async () => {
  await server?.stop()
})
test.use({ baseURL: PROGRESS_URL })

// Article 000 (Hai Bà Trưng 2021), word for word.
const PARAGRAPH =
  'Trong năm 2021 đã tuyên truyền thành lập mới 25/25 CĐCS (đạt 100%), phát triển 2.352/1.330 đoàn viên công đoàn ' +
  '(đạt 177% chỉ tiêu giao) được LĐLĐ Thành phố khen thưởng đơn vị hoàn thành xuất sắc công tác phát triển đoàn viên ' +
  'và thành lập CĐCS năm 2021. Bên cạnh đó, LĐLĐ quận Hai Bà Trưng đã ký kết 51 Thỏa ước Lao động tập thể.'

const card = (page: Page, n: number): Locator =>
  page.getByRole('listitem', { name: new RegExp(`^Đề xuất ${n}:`) })
const fact = (c: Locator, term: string): Locator => c.locator(`dt:text-is("${term}") + dd`)

test('a district pastes a paragraph, rejects one figure, edits one, accepts one', async ({ page }) => {
  await signInAs(page, 'd007')
  await page.getByRole('link', { name: 'Đọc văn bản' }).click()
  await expectPageHeading(page, 'Đọc từ văn bản báo cáo')
  await expect(page.getByText('LĐLĐ quận Hai Bà Trưng', { exact: true })).toBeVisible()
  await page.getByLabel('Năm báo cáo').selectOption('2021')
  await page.getByLabel('Văn bản báo cáo').fill(PARAGRAPH)
  await page.getByRole('button', { name: 'Đọc số liệu' }).click()
  await expect(page.getByRole('heading', { name: 'Tìm thấy 3 số liệu' })).toBeVisible()

  // Each figure is marked in the text and linked to its proposal.
  const text = page.getByRole('region', { name: 'Văn bản đã đọc' })
  await expect(text.locator('mark')).toHaveText(['25/251', '2.352/1.3302', '513'])
  await expect(text).toContainText('thành lập mới 25/25')

  const unions = card(page, 1)
  await expect(unions.getByRole('heading')).toHaveText('Đề xuất 1: Thành lập mới công đoàn cơ sở')
  await expect(fact(unions, 'Thực hiện')).toHaveText('25 CĐCS')
  await expect(fact(unions, 'Chỉ tiêu giao')).toHaveText('25 CĐCS')
  await expect(fact(unions, 'Tỷ lệ văn bản nêu')).toHaveText('100%')
  await expect(fact(unions, 'Đơn vị, năm')).toHaveText('LĐLĐ quận Hai Bà Trưng, năm 2021')
  await expect(unions.locator('blockquote')).toContainText('“thành lập mới 25/25 CĐCS (đạt 100%)”')

  // Reject the third, edit the second, accept the first.
  const cla = card(page, 3)
  await cla.getByRole('button', { name: 'Bỏ qua' }).click()
  await expect(cla.getByText('Đã bỏ qua')).toBeVisible()
  await expect(text.locator('mark.extract-mark--rejected')).toHaveText(['513'])

  const members = card(page, 2)
  await members.getByRole('button', { name: 'Sửa' }).click()
  await members.getByLabel('Số thực hiện').fill('2.400')
  await members.getByRole('button', { name: 'Lưu sửa đổi và chấp nhận' }).click()
  await expect(members.getByText('Đã sửa và chấp nhận')).toBeVisible()
  await expect(fact(members, 'Thực hiện')).toHaveText('2.400 đoàn viên')

  await unions.getByRole('button', { name: 'Chấp nhận' }).click()
  await expect(unions.getByText('Đã chấp nhận')).toBeVisible()

  // The accepted figures are one list, previewed and saved into the report.
  const list = page.getByRole('region', { name: /Danh sách sẽ lưu/ })
  await expect(list.getByRole('heading')).toHaveText('Danh sách sẽ lưu (2 số)')
  const rows = list.locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('CĐCS thành lập mới')
  await expect(rows.nth(1)).toContainText('2.400 đoàn viên')
  await list.getByRole('button', { name: 'Xem trước khi lưu' }).click()
  const changes = list.getByRole('table', { name: 'Các ô sẽ thay đổi' })
  await expect(changes.locator('tbody tr')).toHaveCount(1)
  await expect(changes.locator('tbody tr').first()).toContainText('2.400 đoàn viên')
  await expect(changes.locator('tbody tr').first()).toContainText('“')

  await expectNoSeriousViolations(page, AXE_WCAG_TAGS)

  await list.getByRole('button', { name: 'Lưu vào báo cáo' }).click()
  await expect(list.getByText('Đã lưu 1 số vào báo cáo (bản nháp của đơn vị).')).toBeVisible()
  await list.getByRole('link', { name: 'Báo cáo LĐLĐ quận Hai Bà Trưng, năm 2021' }).click()
  // The saved figure keeps the words it was read from, wherever it is shown.
  const saved = page.getByRole('group', { name: /^Phát triển \(kết nạp\) đoàn viên mới/ })
  await expect(saved.getByLabel('Thực hiện 2021')).toHaveValue('2.400')
  await expect(saved.locator('.entry-source__quote')).toContainText('2.352/1.330')
})

test('city staff open a Word file: paragraphs and a table are read, with the warnings explained', async ({
  page,
}) => {
  await signInAs(page, 'city')
  await page.goto('/extract')
  await expectPageHeading(page, 'Đọc từ văn bản báo cáo')
  const docx = await buildDocx(
    [
      'Thống kê trong năm 2024, LĐLĐ quận Hoàng Mai đã thành lập mới 29 Công đoàn cơ sở (đạt 145% chỉ tiêu giao).',
    ],
    [
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Kết nạp đoàn viên', '4.000', '4.315'],
    ],
  )
  await page.getByLabel('Hoặc mở tệp .txt, .docx').setInputFiles({
    name: 'bao-cao-hoang-mai.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  })
  await expect(page.getByText(/Đã mở “bao-cao-hoang-mai.docx”/)).toBeVisible()
  await expect(page.getByLabel('Văn bản báo cáo')).toHaveValue(/Kết nạp đoàn viên\t4.000\t4.315/)
  await page.getByRole('button', { name: 'Đọc số liệu' }).click()
  await expect(page.getByRole('heading', { name: 'Tìm thấy 2 số liệu' })).toBeVisible()
  const unions = card(page, 1)
  await expect(fact(unions, 'Chỉ tiêu giao')).toHaveText('20 CĐCS (suy ra từ tỷ lệ)')
  await expect(unions.getByRole('list', { name: 'Cần kiểm tra' })).toContainText(
    'Chỉ tiêu 20 được suy ra từ tỷ lệ 145% (29 ÷ 145%); văn bản không ghi số chỉ tiêu.',
  )
  await expect(fact(card(page, 2), 'Thực hiện')).toHaveText('4.315 đoàn viên')
  await expect(fact(card(page, 2), 'Đơn vị, năm')).toHaveText('LĐLĐ quận Hoàng Mai, năm 2024')
})

test('a viewer has no link and no page', async ({ page }) => {
  await signInAs(page, 'viewer')
  await expect(page.getByRole('link', { name: 'Đọc văn bản' })).toHaveCount(0)
  await page.goto('/extract')
  await expect(page.getByRole('heading', { name: 'Không có quyền' })).toBeVisible()
})
