// A slide as a PNG (issue 10, exports 1): exactly the slide at 1920×1080, as the projector shows
// it — compared pixel by pixel with a screenshot of the slide, the map's colours included.
import { expect, test } from './helpers.ts'
import { diffImages, download, openDeck, signIn } from './present-helpers.ts'

const YEAR = 2024

test.use({ viewport: { width: 1920, height: 1080 } })
test.beforeEach(async ({ page }) => {
  await signIn(page)
  await page.emulateMedia({ reducedMotion: 'reduce' })
})

for (const [slide, what] of [
  [4, 'district bars'],
  [7, 'map'],
] as const) {
  test(`the PNG of slide ${slide} (${what}) is the slide on screen, nothing cut, shifted or blackened`, async ({
    page,
  }) => {
    await openDeck(page, YEAR, slide)
    const file = await download(page, page.getByRole('button', { name: 'Tải trang này dạng ảnh PNG' }))
    expect(file.name).toBe(`trinh-chieu-${YEAR}-trang-${slide}.png`)
    expect(file.bytes.readUInt32BE(16)).toBe(1920)
    expect(file.bytes.readUInt32BE(20)).toBe(1080)
    // The toolbar fades once the mouse rests and its button loses focus; no district is highlighted.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await expect(page.getByRole('toolbar', { name: 'Điều khiển trình chiếu' })).toHaveCSS('opacity', '0', {
      timeout: 6_000,
    })
    const screen = await page.screenshot()
    const diff = await diffImages(page, file.bytes, screen)
    expect(diff.width).toBe(1920)
    expect(diff.changedBlocks, 'share of 40 px blocks whose colour differs').toBeLessThan(0.01)
    expect(diff.changed, 'share of pixels that differ (type anti-aliasing only)').toBeLessThan(0.02)
  })
}
