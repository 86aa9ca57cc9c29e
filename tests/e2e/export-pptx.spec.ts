// The deck as a PowerPoint file (native chart parts with the districts' names and figures,
// Vietnamese text intact, well-formed parts) and one slide as a Full HD PNG.
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { dashboardOf, download, openDeck, signIn } from './present-helpers.ts'

const YEAR = 2024

interface Series {
  name: string
  labels: string[]
  values: number[]
}

/** The series of a chart part, read from its cached names and values. */
function seriesOf(xml: string): Series[] {
  const points = (block: string) =>
    [...block.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1] ?? '')
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser = '']) => ({
    name: points(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser)?.[1] ?? '')[0] ?? '',
    labels: points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? ''),
    values: points(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '').map(Number),
  }))
}

const decode = (text: string) =>
  text.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"')

test.use({ viewport: { width: 1280, height: 720 } })
test.beforeEach(async ({ page }) => signIn(page))

test('PowerPoint: native bar charts with every district’s result and target, Vietnamese intact', async ({
  page,
}) => {
  const dashboard = await dashboardOf(page.request, YEAR)
  await openDeck(page, YEAR)
  await page.mouse.move(600, 300)
  const file = await download(page, page.getByRole('button', { name: 'Tải cả bài dạng PowerPoint' }))
  expect(file.name).toBe(`trinh-chieu-ldld-ha-noi-${YEAR}.pptx`)
  const zip = await JSZip.loadAsync(file.bytes)
  const names = Object.keys(zip.files)
  expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(8)
  const chartParts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
  expect(chartParts.length).toBeGreaterThanOrEqual(5)

  const series = (
    await Promise.all(chartParts.map(async (n) => seriesOf((await zip.file(n)?.async('string')) ?? '')))
  ).flat()
  for (const s of series) {
    expect(s.values.length, `series ${s.name}`).toBeGreaterThan(0)
    expect(s.labels).toHaveLength(s.values.length)
    expect(s.name.length).toBeLessThanOrEqual(255)
  }
  const byName = (name: string) => {
    const found = series.filter((s) => s.name === name)
    return new Map(found.flatMap((s) => s.labels.map((label, i) => [decode(label), s.values[i]] as const)))
  }
  const results = byName('Thực hiện (đoàn viên)')
  const targets = byName('Chỉ tiêu giao (đoàn viên)')
  const expected = dashboard.cells.filter(
    (c) => c.indicator === 'new_members' && c.actual !== null && c.target !== null,
  )
  expect(results.size).toBe(expected.length)
  for (const cell of expected) {
    const name = dashboard.units.find((u) => u.code === cell.unit)?.name ?? '?'
    expect(results.get(name), `${name} thực hiện`).toBe(cell.actual)
    expect(targets.get(name), `${name} chỉ tiêu`).toBe(cell.target)
  }
  expect(results.get('Hai Bà Trưng')).toBe(
    dashboard.cells.find((c) => c.unit === '007' && c.indicator === 'new_members')?.actual,
  )

  const slide1 = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? ''
  expect(slide1).toContain('Hội nghị tổng kết năm 2024')
  expect(slide1).toContain('LĐLĐ thành phố Hà Nội')
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? ''
  for (const part of chartParts) expect(types).toContain(`/${part}`)
  // Every XML part parses: a malformed part is what makes PowerPoint offer a repair.
  const xmlParts = await Promise.all(
    names
      .filter((n) => /\.(xml|rels)$/.test(n))
      .map(async (n) => [n, (await zip.file(n)?.async('string')) ?? ''] as const),
  )
  const broken = await page.evaluate(
    (parts) =>
      parts
        .filter(([, xml]) =>
          new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror'),
        )
        .map(([n]) => n),
    xmlParts,
  )
  expect(broken).toEqual([])
  const mapSlide = xmlParts.find(([, xml]) => xml.includes('Bản đồ mức đạt'))?.[1] ?? ''
  expect(mapSlide).toContain('OCHA ROAP qua HDX (CC BY 3.0 IGO)')
})
