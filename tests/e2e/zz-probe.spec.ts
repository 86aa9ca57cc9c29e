import { expect, test } from '@playwright/test'
test('probe', async ({ page }) => {
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 1500)))
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.slice(0, 1500)))
  await page.goto('/?year=2021')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Hai Bà Trưng', exact: true }).first().click()
  await page.waitForTimeout(2000)
  console.log('URL', page.url())
  console.log((await page.content()).slice(0, 800))
})
