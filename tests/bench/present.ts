// Presenter-mode figures for `pnpm bench`, from a real Chromium against the built app:
// - first slide: the app's own performance mark "present:first-slide" (set in the frame after the
//   first slide is drawn), in ms since navigation start; everything the deck needs is loaded by then;
// - slide to slide: from the key's event timestamp to the animation frame after the next slide is
//   in the DOM, measured in the page, walking the whole deck forward and back.
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'

declare global {
  interface Window {
    /** Filled by the page-side probe below: one duration per slide change, in ms. */
    __slideSteps?: number[]
  }
}

export interface PresentFigures {
  firstSlideMs: number
  maxStepMs: number
  medianStepMs: number
  steps: number
  slides: number
}

/** Runs in the page: times each slide change from its key press to the next animation frame. */
function installProbe(): void {
  const steps: number[] = []
  window.__slideSteps = steps
  let pressedAt = 0
  let shown = document.querySelector('.slide')?.getAttribute('data-slide-number')
  window.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), { capture: true })
  new MutationObserver(() => {
    const now = document.querySelector('.slide')?.getAttribute('data-slide-number')
    if (now === shown || pressedAt === 0) return
    shown = now
    const from = pressedAt
    requestAnimationFrame(() => steps.push(performance.now() - from))
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-slide-number'],
  })
}

export async function presentTimings(baseUrl: string, year: number): Promise<PresentFigures> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('Chromium not found (see README)')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    // Sign in when the API has sign-in (issue 3); before that the login path answers 404.
    await page.request.post(`${baseUrl}/api/auth/login`, {
      data: { username: 'viewer', password: 'demo1234' },
    })
    await page.goto(`${baseUrl}/present?year=${year}&slide=1`)
    await page.waitForFunction(() => performance.getEntriesByName('present:first-slide').length > 0, null, {
      timeout: 30_000,
    })
    const firstSlideMs = await page.evaluate(
      () => performance.getEntriesByName('present:first-slide')[0]?.startTime ?? NaN,
    )
    const slides = await page
      .locator('.slide__number')
      .evaluate((el) => Number(el.textContent?.split('/')[1]))
    await page.evaluate(installProbe)
    const keys = [
      ...Array<string>(slides - 1).fill('ArrowRight'),
      ...Array<string>(slides - 1).fill('ArrowLeft'),
    ]
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key)
      await page.waitForFunction((n) => (window.__slideSteps?.length ?? 0) >= n, i + 1)
    }
    const steps = await page.evaluate(() => window.__slideSteps ?? [])
    const sorted = [...steps].sort((a, b) => a - b)
    return {
      firstSlideMs,
      maxStepMs: sorted.at(-1) ?? NaN,
      medianStepMs: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      steps: steps.length,
      slides,
    }
  } finally {
    await browser.close()
  }
}
