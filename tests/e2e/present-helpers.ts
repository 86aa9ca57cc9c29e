// Helpers of the presenter, map and export browser tests (issue 4): sign-in when the API asks
// for it, API look-ups to derive expected figures independently of the page, and measurements
// a person would make (type size, contrast, what a download contains).
import { readFile } from 'node:fs/promises'
import { expect, type APIRequestContext, type Download, type Locator, type Page } from '@playwright/test'
import { dashboardResponseSchema } from '@ldld/db/contracts'

export const DEMO_USER = { username: 'viewer', password: 'demo1234' } as const

/**
 * Signs the page's browser context in as the demo viewer. Before sign-in existed (issue 3) the
 * login endpoint answered 404 and every page was public: then this does nothing.
 */
export async function signIn(page: Page): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: DEMO_USER })
  if (response.status() === 404) return
  expect(response.ok(), `POST /api/auth/login → ${response.status()}`).toBe(true)
}

// ---- API look-ups ---------------------------------------------------------------------------------

export interface Cell {
  unit: string
  indicator: string
  actual: number | null
  target: number | null
  percent: number | null
  status: string
  illustrative: boolean
}
export interface Total {
  indicator: string
  actual: number | null
  target: number | null
  percent: number | null
}
export interface Dashboard {
  year: number
  units: { code: string; name: string }[]
  cells: Cell[]
  totals: Total[]
}

export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path)
  expect(response.ok(), `GET ${path} → ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

/** The dashboard decoded as the web decodes it (a cell leaves its default fields out on the wire). */
export const dashboardOf = async (request: APIRequestContext, year: number): Promise<Dashboard> =>
  dashboardResponseSchema.parse(await getJson<unknown>(request, `/api/dashboard?year=${year}`))

export function cellOf(dashboard: Dashboard, unitName: string, indicator: string): Cell {
  const unit = dashboard.units.find((u) => u.name === unitName)
  const cell = dashboard.cells.find((c) => c.unit === unit?.code && c.indicator === indicator)
  if (!cell) throw new Error(`no cell ${unitName} × ${indicator} in ${dashboard.year}`)
  return cell
}

// ---- Vietnamese figures: the contracts' formatters, as in helpers.ts ------------------------------
export { viNumber, viPercent } from './helpers.ts'

// ---- Deck -----------------------------------------------------------------------------------------

export async function openDeck(page: Page, year: number, slide = 1): Promise<void> {
  await page.goto(`/present?year=${year}&slide=${slide}`)
  await expect(page.locator(`.slide[data-slide-number="${slide}"]`)).toBeVisible({ timeout: 15_000 })
}

/** The PowerPoint and PNG writers load a few seconds after the first slide; from then on nothing is fetched. */
export async function waitForExports(page: Page): Promise<void> {
  await expect(page.locator('.present[data-exports="ready"]')).toBeAttached({ timeout: 20_000 })
}

export const slideTitle = (page: Page) => page.locator('.slide .slide__title')

export async function pressAndWait(page: Page, key: string, expectedNumber: number): Promise<void> {
  await page.keyboard.press(key)
  await expect(page.locator(`.slide[data-slide-number="${expectedNumber}"]`)).toBeVisible()
}

/** Visible text nodes whose computed font size is below `min` px (sr-only and faded-out text excluded). */
export function smallText(page: Page, min: number): Promise<{ text: string; size: number }[]> {
  return page.evaluate((minimum) => {
    const found: { text: string; size: number }[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const element = node.parentElement
      if (!text || !element) continue
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const box = range.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1) continue // visually hidden (sr-only)
      const size = parseFloat(getComputedStyle(element).fontSize)
      if (size < minimum) found.push({ text, size })
    }
    return found
  }, min)
}

/** WCAG contrast ratio of two CSS colours as getComputedStyle writes them ("rgb(…)"). */
export function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number)
    const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl)
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)
}

// ---- Downloads ------------------------------------------------------------------------------------

/** Clicks and returns the downloaded file's name and bytes. */
export async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), trigger.click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: await readFile(path) }
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (ch === '"') {
      quoted = !quoted
    } else if (!quoted && ch === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && ch === '\n') {
      row.push(field.replace(/\r$/, ''))
      rows.push(row)
      row = []
      field = ''
    } else {
      field += ch
    }
  }
  if (field || row.length > 0) rows.push([...row, field])
  return rows
}

// ---- Pictures -------------------------------------------------------------------------------------

export interface ImageDiff {
  width: number
  height: number
  /** Share of pixels whose colour differs by more than 64 in some channel from every pixel within 1 px. */
  changed: number
  /** Share of 40×40 px blocks whose mean colour differs by more than 24 in some channel. */
  changedBlocks: number
}

/** Decodes two PNGs in Chromium (a blank page of the same browser) and compares them pixel by pixel. */
export async function diffImages(page: Page, a: Buffer, b: Buffer): Promise<ImageDiff> {
  const blank = await page.context().newPage()
  try {
    return await blank.evaluate(
      async ([first, second]) => {
        const pixels = async (base64: string) => {
          const image = new Image()
          image.src = `data:image/png;base64,${base64}`
          await image.decode()
          const canvas = document.createElement('canvas')
          canvas.width = image.naturalWidth
          canvas.height = image.naturalHeight
          const context = canvas.getContext('2d')
          if (!context) throw new Error('no 2D canvas')
          context.drawImage(image, 0, 0)
          return context.getImageData(0, 0, canvas.width, canvas.height)
        }
        const [x, y] = await Promise.all([pixels(first), pixels(second)])
        if (x.width !== y.width || x.height !== y.height)
          return { width: x.width, height: x.height, changed: 1, changedBlocks: 1 }
        const { width, height } = x
        let changed = 0
        const BLOCK = 40
        const cols = Math.ceil(width / BLOCK)
        const rows = Math.ceil(height / BLOCK)
        const sums = new Float64Array(cols * rows * 6)
        const counts = new Float64Array(cols * rows)
        for (let py = 0; py < height; py++) {
          for (let px = 0; px < width; px++) {
            const i = (py * width + px) * 4
            const block = Math.floor(py / BLOCK) * cols + Math.floor(px / BLOCK)
            for (let c = 0; c < 3; c++) {
              sums[block * 6 + c] = (sums[block * 6 + c] ?? 0) + (x.data[i + c] ?? 0)
              sums[block * 6 + 3 + c] = (sums[block * 6 + 3 + c] ?? 0) + (y.data[i + c] ?? 0)
            }
            counts[block] = (counts[block] ?? 0) + 1
            // Anti-aliasing tolerance: a pixel matches when a neighbour (±1 px) of the other picture is close.
            let matched = false
            for (let dy = -1; dy <= 1 && !matched; dy++) {
              for (let dx = -1; dx <= 1 && !matched; dx++) {
                const qx = px + dx
                const qy = py + dy
                if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue
                const j = (qy * width + qx) * 4
                matched = [0, 1, 2].every((c) => Math.abs((x.data[i + c] ?? 0) - (y.data[j + c] ?? 0)) <= 64)
              }
            }
            if (!matched) changed++
          }
        }
        let changedBlocks = 0
        for (let block = 0; block < cols * rows; block++) {
          const n = counts[block] ?? 1
          for (let c = 0; c < 3; c++) {
            if (Math.abs((sums[block * 6 + c] ?? 0) / n - (sums[block * 6 + 3 + c] ?? 0) / n) > 24) {
              changedBlocks++
              break
            }
          }
        }
        return {
          width,
          height,
          changed: changed / (width * height),
          changedBlocks: changedBlocks / (cols * rows),
        }
      },
      [a.toString('base64'), b.toString('base64')] as const,
    )
  } finally {
    await blank.close()
  }
}

// ---- Layout ---------------------------------------------------------------------------------------

export interface TextBox {
  text: string
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * Every visible line of text inside `selector`, as the box its glyphs take: the line box of each
 * text node's fragment, trimmed by 15% top and bottom (a glyph box includes the font's leading, so
 * stacked rows of 28 px type at line height 1.1 touch without their letters touching).
 */
export function textBoxes(page: Page, selector: string): Promise<TextBox[]> {
  return page.evaluate((root) => {
    const boxes: TextBox[] = []
    const scope = document.querySelector(root)
    if (!scope) return boxes
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const element = node.parentElement
      if (!text || !element) continue
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      // Text for screen readers only: clipped to nothing, never drawn.
      let clipped = false
      for (let e: Element | null = element; e && e !== scope && !clipped; e = e.parentElement) {
        const style = getComputedStyle(e)
        clipped = style.clip !== 'auto' || (style.clipPath !== 'none' && style.clipPath !== '')
      }
      if (clipped) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) {
        if (rect.width <= 1 || rect.height <= 1) continue // visually hidden (sr-only)
        const trim = rect.height * 0.15
        boxes.push({
          text,
          left: rect.left,
          right: rect.right,
          top: rect.top + trim,
          bottom: rect.bottom - trim,
        })
      }
    }
    return boxes
  }, selector)
}

/** Pairs of text boxes that overlap by more than a pixel both ways. */
export function overlaps(boxes: readonly TextBox[]): string[] {
  const found: string[] = []
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      if (w > 1 && h > 1) found.push(`“${a.text}” × “${b.text}”`)
    }
  })
  return found
}
