// Presenter mode: the slide in the URL survives a reload, Esc leaves, "?" explains the keys, the
// sorter hides and reorders slides per year, the theme is remembered, the race pauses.
import { expect, test } from './helpers.ts'
import { openDeck, pressAndWait, signIn, slideTitle } from './present-helpers.ts'

const YEAR = 2024

test.use({ viewport: { width: 1280, height: 720 } })
test.beforeEach(async ({ page }) => signIn(page))

test('a reload returns to the same slide; a bad number opens the first', async ({ page }) => {
  await openDeck(page, YEAR, 4)
  await expect(slideTitle(page)).toHaveText('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2024')
  await page.reload()
  await expect(page.locator('.slide[data-slide-number="4"]')).toBeVisible()
  await page.goto(`/present?year=${YEAR}&slide=99`)
  await expect(page.locator('.slide[data-slide-number="8"]')).toBeVisible()
  await expect(page).toHaveURL(/slide=8/)
  await page.goto(`/present?year=${YEAR}&slide=abc`)
  await expect(page).toHaveURL(/slide=1/)
})

test('Esc leaves for the overview of the same year; "?" lists the keys', async ({ page }) => {
  await openDeck(page, YEAR, 2)
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Phím tắt khi trình chiếu' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('Tạm dừng, chạy tiếp biểu đồ đua')
  await page.keyboard.press('ArrowRight') // keys belong to the dialog while it is open
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(page.locator('.slide[data-slide-number="2"]')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(`/?year=${YEAR}`)
  await expect(
    page.getByRole('heading', { level: 1, name: `Kết quả thực hiện chỉ tiêu năm ${YEAR}` }),
  ).toBeVisible()
})

test('Space moves on even when a toolbar button has focus after a click', async ({ page }) => {
  await openDeck(page, YEAR, 1)
  await page.mouse.move(600, 300)
  await page.getByRole('button', { name: 'Trang sau (→, Space)' }).click()
  await expect(page.locator('.slide[data-slide-number="2"]')).toBeVisible()
  await pressAndWait(page, 'Space', 3)
})

test('the sorter hides and moves slides with the keyboard, remembered for that year only', async ({
  page,
}) => {
  await openDeck(page, YEAR, 1)
  await page.keyboard.press('s')
  const sorter = page.getByRole('dialog', { name: 'Sắp xếp trang chiếu' })
  await expect(sorter).toBeVisible()
  await sorter.getByRole('checkbox', { name: 'Toàn thành phố năm 2024' }).focus()
  await page.keyboard.press('Space')
  await sorter
    .getByRole('button', { name: 'Đưa lên: Chi chăm lo: LĐLĐ quận, huyện, thị xã năm 2024' })
    .focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(sorter).toBeHidden()
  await pressAndWait(page, 'ArrowRight', 2)
  await expect(slideTitle(page)).toHaveText('Chi chăm lo: LĐLĐ quận, huyện, thị xã năm 2024')
  await page.reload()
  await expect(slideTitle(page)).toHaveText('Chi chăm lo: LĐLĐ quận, huyện, thị xã năm 2024')
  await expect(page.locator('.slide__number')).toContainText('2/7')
  await openDeck(page, 2023, 2)
  await expect(slideTitle(page)).toHaveText('Toàn thành phố năm 2023')
})

test('the theme toggles with T and is remembered', async ({ page }) => {
  await openDeck(page, YEAR, 1)
  await expect(page.locator('.present')).toHaveAttribute('data-theme', 'dark')
  await page.keyboard.press('t')
  await expect(page.locator('.present')).toHaveAttribute('data-theme', 'light')
  await page.reload()
  await expect(page.locator('.present')).toHaveAttribute('data-theme', 'light')
})

test('the race runs year by year; P and the button pause it', async ({ page }) => {
  await openDeck(page, YEAR, 8)
  const year = page.locator('.race__year')
  await expect(year).not.toHaveText('2016', { timeout: 5000 })
  await page.keyboard.press('p')
  await expect(page.getByRole('button', { name: 'Tiếp tục (P)' })).toBeVisible()
  const paused = await year.textContent()
  await page.waitForTimeout(1600)
  await expect(year).toHaveText(paused ?? '')
  await page.getByRole('button', { name: 'Tiếp tục (P)' }).click()
  await expect(page.getByRole('button', { name: 'Chạy lại' })).toBeVisible({ timeout: 15_000 })
  await expect(year).toHaveText('2024')
})

test('a year without figures says so instead of an empty deck', async ({ page }) => {
  await page.goto('/present?year=2031')
  await expect(page.getByRole('heading', { name: 'Chưa có số liệu năm 2031' })).toBeVisible()
  await page.goto('/present?year=abc')
  await expect(page.getByRole('heading', { name: 'Năm không hợp lệ' })).toBeVisible()
})
