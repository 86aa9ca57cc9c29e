// The deck as a PowerPoint file (issue 10, exports 2; issues 8 and 11 in the file): native chart
// parts with every unit's result and target, Vietnamese value labels, each result in its status
// colour as on screen, the unit on the axis, every run in Vietnamese, nothing under 14 pt, speaker
// notes with sources and quotes; LibreOffice opens it with as many pages and the same words.
import { type Page } from '@playwright/test'
import { expect, test } from './helpers.ts'
import JSZip from 'jszip'
import { officeToPdf, pdfPages } from './office.ts'
import { dashboardOf, download, getJson, openDeck, signIn, viNumber } from './present-helpers.ts'

interface Series {
  name: string
  labels: string[]
  values: number[]
  /** Colour of each point (by index) where the series sets one. */
  colours: Map<number, string>
  labelled: boolean
}

const decode = (text: string) =>
  text.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"')

/** The series of a chart part, read from its cached names and values. */
function seriesOf(xml: string): Series[] {
  const points = (block: string) =>
    [...block.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => decode(m[1] ?? ''))
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser = '']) => ({
    name: points(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser)?.[1] ?? '')[0] ?? '',
    labels: points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? ''),
    values: points(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '').map(Number),
    colours: new Map(
      [...ser.matchAll(/<c:dPt><c:idx val="(\d+)"\/>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map(
        (m) => [Number(m[1]), m[2] ?? ''] as const,
      ),
    ),
    labelled: !/<c:dLbls><c:delete val="1"\/><\/c:dLbls>/.test(ser),
  }))
}

async function deckFile(page: Page, year: number) {
  await openDeck(page, year)
  await page.mouse.move(600, 300)
  const file = await download(page, page.getByRole('button', { name: 'Tải cả bài dạng PowerPoint' }))
  expect(file.name).toBe(`trinh-chieu-ldld-ha-noi-${year}.pptx`)
  const zip = await JSZip.loadAsync(file.bytes)
  const parts = new Map<string, string>()
  for (const name of Object.keys(zip.files))
    if (/\.(xml|rels)$/.test(name)) parts.set(name, (await zip.file(name)?.async('string')) ?? '')
  const numbered = (pattern: RegExp) =>
    [...parts.keys()]
      .filter((n) => pattern.test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
  return {
    file,
    parts,
    slides: numbered(/^ppt\/slides\/slide\d+\.xml$/),
    charts: numbered(/^ppt\/charts\/chart\d+\.xml$/),
  }
}

/** The stage's status colours as the screen draws them (RRGGBB), for the PowerPoint to match. */
async function screenColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const present = document.querySelector('.present')
    const out: Record<string, string> = {}
    for (const status of ['achieved', 'near', 'below', 'no_target', 'source_no_target']) {
      const probe = document.createElement('span')
      probe.className = `dbar__fill dbar__fill--${status}`
      present?.append(probe)
      const [r = 0, g = 0, b = 0] = (getComputedStyle(probe).backgroundColor.match(/\d+/g) ?? []).map(Number)
      out[status] = [r, g, b]
        .map((c) => c.toString(16).padStart(2, '0'))
        .join('')
        .toUpperCase()
      probe.remove()
    }
    return out
  })
}

test.use({ viewport: { width: 1280, height: 720 } })
test.beforeEach(async ({ page }) => signIn(page))

test('PowerPoint 2024: native charts with every district’s result and target, coloured and labelled as on screen', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const dashboard = await dashboardOf(page.request, 2024)
  const { parts, slides, charts } = await deckFile(page, 2024)
  const colours = await screenColours(page)
  expect(slides).toHaveLength(8)
  expect(charts.length).toBeGreaterThanOrEqual(5)

  const all = charts.map((name) => ({
    name,
    xml: parts.get(name) ?? '',
    series: seriesOf(parts.get(name) ?? ''),
  }))
  for (const { series } of all)
    for (const s of series) {
      expect(s.values.length, `series ${s.name}`).toBeGreaterThan(0)
      expect(s.labels).toHaveLength(s.values.length)
      expect(s.name.length).toBeLessThanOrEqual(255)
    }
  const members = all.filter(
    (c) => c.series[0]?.name === 'Thực hiện (đoàn viên)' && c.xml.includes('đoàn viên'),
  )
  const results = new Map<string, { value: number; colour: string | undefined }>()
  const targets = new Map<string, number>()
  for (const { xml, series } of members) {
    const [actual, target] = series
    expect(target?.name).toBe('Chỉ tiêu giao (đoàn viên)') // the target is its own series
    expect(actual?.labelled).toBe(true)
    expect(target?.labelled).toBe(false) // one value label per row
    // Value labels and axis in Vietnamese: dots between thousands whatever the reader's locale.
    expect(xml).toContain('<c:showVal val="1"/>')
    expect(xml).toContain(
      'formatCode="[&gt;=1000000]#&quot;.&quot;###&quot;.&quot;###;[&gt;=1000]#&quot;.&quot;###;0"',
    )
    // The unit is the value axis' title.
    expect(/<c:valAx>[\s\S]*<c:title>[\s\S]*<a:t>đoàn viên<\/a:t>/.test(xml)).toBe(true)
    actual?.labels.forEach((label, i) => {
      const name = label.split(' · ')[0] ?? label
      results.set(name, { value: actual.values[i] ?? NaN, colour: actual.colours.get(i) })
      targets.set(name, target?.values[i] ?? NaN)
    })
  }
  const expected = dashboard.cells.filter(
    (c) => c.indicator === 'new_members' && c.actual !== null && c.target !== null,
  )
  expect(results.size).toBe(expected.length)
  for (const cell of expected) {
    const name = dashboard.units.find((u) => u.code === cell.unit)?.name ?? '?'
    expect(results.get(name)?.value, `${name} thực hiện`).toBe(cell.actual)
    expect(targets.get(name), `${name} chỉ tiêu`).toBe(cell.target)
    expect(results.get(name)?.colour, `${name} (${cell.status})`).toBe(colours[cell.status])
  }
  const welfare = all.find((c) => c.series[0]?.name.startsWith('Chi chăm lo'))
  expect(/<c:valAx>[\s\S]*<a:t>triệu đồng<\/a:t>/.test(welfare?.xml ?? '')).toBe(true)

  // Every run Vietnamese, nothing under 14 pt, in every part (slides, charts, masters, notes).
  for (const [name, xml] of parts) {
    expect(xml.includes('en-US'), `${name} has en-US`).toBe(false)
    for (const [, size] of xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*?\ssz="(\d+)"/g))
      expect(Number(size), `${name}: a run of ${Number(size) / 100} pt`).toBeGreaterThanOrEqual(1400)
  }
  expect(parts.get('ppt/slides/slide1.xml')).toContain('Hội nghị tổng kết năm 2024')
  expect(parts.get('ppt/slides/slide1.xml')).toContain('30 LĐLĐ quận, huyện, thị xã')

  // Speaker notes: the sources and the source's own words for the real figure (Hoàng Mai 2024).
  const hoangMai = dashboard.cells.find(
    (c) =>
      c.indicator === 'new_members' && c.unit === dashboard.units.find((u) => u.name === 'Hoàng Mai')?.code,
  )
  const quote = (hoangMai as { quoteParts?: string[] } | undefined)?.quoteParts?.[0] ?? ''
  expect(quote.length).toBeGreaterThan(10)
  const notes = [...parts]
    .filter(([n]) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    .map(([, x]) => decode(x))
  const membersNotes = notes.find(
    (x) => x.includes('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2024') || x.includes(quote),
  )
  expect(membersNotes).toContain('Nguồn: Báo Lao động Thủ đô')
  expect(notes.some((x) => x.includes(quote))).toBe(true)
  const mapSlide = [...parts.values()].find((xml) => xml.includes('Bản đồ mức đạt'))
  expect(mapSlide).toContain('OCHA ROAP qua HDX (CC BY 3.0 IGO)')

  // Every XML part parses: a malformed part is what makes PowerPoint offer a repair.
  const broken = await page.evaluate(
    (xmls) =>
      xmls
        .filter(([, xml]) =>
          new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror'),
        )
        .map(([n]) => n),
    [...parts],
  )
  expect(broken).toEqual([])
})

test('PowerPoint 2024 opened in LibreOffice: one page per slide, the titles and the figures in Vietnamese format', async ({
  page,
}) => {
  test.setTimeout(150_000)
  const dashboard = await dashboardOf(page.request, 2024)
  const { file } = await deckFile(page, 2024)
  const titles = await page.locator('.slide .slide__title').allTextContents()
  const pages = pdfPages(officeToPdf(file.bytes, 'deck.pptx')).map((p) => p.replace(/\s+/g, ' '))
  expect(pages).toHaveLength(8)
  expect(pages[0]).toContain(titles[0] ?? 'Hội nghị tổng kết năm 2024')
  expect(pages[3]).toContain('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2024')
  const hbt = dashboard.cells.find(
    (c) =>
      c.indicator === 'new_members' &&
      c.unit === dashboard.units.find((u) => u.name === 'Hai Bà Trưng')?.code,
  )
  expect(hbt?.actual).toBeGreaterThan(999)
  expect(pages[3]).toContain(viNumber(hbt?.actual ?? 0)) // "2.536", as the label reads
  expect(pages[3]).not.toContain((hbt?.actual ?? 0).toLocaleString('en-US'))
  expect(pages[3]).toContain('đoàn viên')
  expect(pages[5]).toContain('triệu đồng')
})

test('PowerPoint 2026: 85 unions as top and bottom, titles of công đoàn xã, phường, tiles instead of a map', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const years = await getJson<{ years: number[] }>(page.request, '/api/years')
  test.skip(!years.years.includes(2026), 'no 2026 in this database')
  const { parts, slides, charts } = await deckFile(page, 2026)
  const text = slides.map((n) => decode(parts.get(n) ?? ''))
  expect(text[0]).toContain('công đoàn xã, phường')
  expect(text.join(' ')).toContain('Đoàn viên kết nạp mới: công đoàn xã, phường năm 2026')
  const titles = charts.map((n) => decode(parts.get(n) ?? '')).join(' ')
  expect(titles).toContain('% đạt cao nhất (1–')
  expect(titles).toContain('% đạt thấp nhất (')
  const tiles = text.find((x) => x.includes('chưa có ranh giới'))
  expect(tiles).toBeDefined()
  expect(tiles).not.toContain('OCHA')
  expect((tiles?.match(/<p:sp>/g) ?? []).length).toBeGreaterThan(60) // a square per unit
})
