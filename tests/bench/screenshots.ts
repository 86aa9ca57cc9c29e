// Screenshots of the read pages at a laptop and a phone size, for a person to look at (issues 8, 10).
// Usage: node tests/bench/screenshots.ts [base url] [out dir]  (the built app must be running).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'

const base = process.argv[2] ?? 'http://127.0.0.1:3229'
const out = process.argv[3] ?? '/tmp/pages-shots'
const only = process.env.SHOTS ?? ''
mkdirSync(out, { recursive: true })

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
]
const PAGES = [2024, 2025, 2026].flatMap((year) => [
  { name: `overview-${year}`, path: `/?year=${year}` },
  { name: `ranking-${year}`, path: `/indicators/new_members?year=${year}` },
])
PAGES.push(
  { name: 'district-007', path: '/districts/007' },
  { name: 'union-00256', path: '/districts/00256' },
  ...[2025, 2026].flatMap((year) => [
    { name: `report-${year}`, path: `/report?year=${year}` },
    // The deck: its title, the comparison of the lead indicator and the map (or tiles).
    ...[1, 4, 6].map((slide) => ({
      name: `deck-${year}-${slide}`,
      path: `/present?year=${year}&slide=${slide}`,
    })),
  ]),
)

const executablePath = findChromium()
if (!executablePath) throw new Error('Chromium not found')
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
try {
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      locale: 'vi-VN',
    })
    const page = await context.newPage()
    for (const p of PAGES) {
      if (only && !p.name.includes(only)) continue
      await page.goto(base + p.path, { waitUntil: 'networkidle' })
      await page.waitForTimeout(300)
      const file = join(out, `${p.name}-${size.name}.png`)
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' })
      console.log(file)
    }
    await context.close()
  }
} finally {
  await browser.close()
}
