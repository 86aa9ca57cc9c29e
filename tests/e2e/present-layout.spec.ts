// Projector layout (issue 10, exports 3; issue 8, 85–126 units): on every slide of the decks of a
// year of districts, the split year 2025 and a year of 85 unions, at 1280×720 and 1920×1080, no
// line of text overlaps another and nothing lies outside the slide.
import { expect, test } from './helpers.ts'
import { openDeck, overlaps, pressAndWait, signIn, smallText, textBoxes } from './present-helpers.ts'
import { expectNoSeriousViolations, AXE_WCAG_TAGS } from './helpers.ts'

const YEARS = [2021, 2024, 2025, 2026]
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]

test.beforeEach(async ({ page }) => {
  await signIn(page)
  await page.emulateMedia({ reducedMotion: 'reduce' })
})

for (const size of SIZES) {
  for (const year of YEARS) {
    test(`${year} at ${size.width}×${size.height}: no label runs into another, none is cut`, async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.setViewportSize(size)
      await openDeck(page, year)
      const total = Number((await page.locator('.slide__number').textContent())?.split('/')[1])
      expect(total).toBeGreaterThan(5)
      for (let n = 1; n <= total; n++) {
        if (n > 1) await pressAndWait(page, 'ArrowRight', n)
        const title = await page.locator('.slide .slide__title').textContent()
        const slide = await page.locator('.slide').boundingBox()
        if (!slide) throw new Error('no slide box')
        const boxes = await textBoxes(page, '.stage')
        expect(boxes.length, `slide ${n} has text`).toBeGreaterThan(3)
        expect(overlaps(boxes), `slide ${n} “${title}”`).toEqual([])
        const outside = boxes.filter(
          (b) =>
            b.left < slide.x - 1 ||
            b.right > slide.x + slide.width + 1 ||
            b.top < slide.y - 1 ||
            b.bottom > slide.y + slide.height + 1,
        )
        expect(
          outside.map((b) => b.text),
          `slide ${n} “${title}”: text outside the slide`,
        ).toEqual([])
      }
    })
  }
}

for (const year of [2025, 2026]) {
  test(`${year}: every slide keeps 28 px type and passes axe, tiles included`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width: 1280, height: 720 })
    await openDeck(page, year)
    const total = Number((await page.locator('.slide__number').textContent())?.split('/')[1])
    for (let n = 1; n <= total; n++) {
      if (n > 1) await pressAndWait(page, 'ArrowRight', n)
      expect(await smallText(page, 28), `slide ${n}`).toEqual([])
      await expectNoSeriousViolations(page, AXE_WCAG_TAGS, `slide ${n}`)
    }
    if (year === 2026) {
      await expect(page.locator('.unit-tile')).toHaveCount(0) // not on the last slide
      // Back to the first slide, then forward one slide at a time (each waited for: a key pressed
      // while a slide is still changing on a loaded machine must not be lost) to the tiles' slide.
      await pressAndWait(page, 'Home', 1)
      for (let n = 2; n <= total && (await page.locator('.unit-tile').count()) === 0; n++)
        await pressAndWait(page, 'ArrowRight', n)
      await expect(page.locator('.unit-tile')).toHaveCount(85)
    }
  })
}
