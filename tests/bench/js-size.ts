// Gzip size of the JavaScript a real Chromium loads to show a page of the built app.
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'

export interface JsSize {
  files: number
  raw: number
  gzip: number
}

/**
 * The JavaScript of a page at 1366×768; with `scrolled`, after the reader has scrolled to its end (the
 * charts below the fold load as they come near the screen), i.e. all the page ever loads.
 */
export async function pageJsSize(url: string, scrolled = false): Promise<JsSize> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('Chromium not found (see README)')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    const bodies: Promise<Buffer>[] = []
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? ''
      if (type.includes('javascript')) bodies.push(response.body())
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    if (scrolled) {
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y)
        await page.waitForTimeout(150)
      }
      await page.waitForLoadState('networkidle')
    }
    const all = await Promise.all(bodies)
    return {
      files: all.length,
      raw: all.reduce((n, b) => n + b.length, 0),
      gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    }
  } finally {
    await browser.close()
  }
}
