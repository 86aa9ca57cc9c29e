// Issue 8, scale: a cell leaves out every field at its default on the wire (a national level's 3.780
// cells were two thirds key names and nulls), and decoding with the contract gives every reader the
// whole cell back. Checked on the raw bytes the server sends, not on a decoded copy.
import { gzipSync } from 'node:zlib'
import {
  CELL_DEFAULTS,
  cellSchema,
  cellWithDefaults,
  slimCell,
  dashboardResponseSchema,
  NO_MARKS,
  seriesResponseSchema,
  type WireCell,
} from '@ldld/db/contracts'
import { bumpDataRevision } from '@ldld/server/app'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  addLevel()
})
afterAll(async () => {
  await t.close()
})

const LEVEL = '88'
const LEVEL_UNITS = 100

/**
 * A province-level root with 100 communes reporting every indicator in 2025 and 2026 (illustrative,
 * with targets on the indicators that take them): a level of the national file's size per unit.
 */
function addLevel(): void {
  const sql = t.db.$client
  const indicators = sql.prepare(`SELECT key, takes_target AS takesTarget FROM indicators`).all() as Array<{
    key: string
    takesTarget: number
  }>
  const root = sql
    .prepare(
      `INSERT INTO organisations (code, name, full_name, kind, admin_type, parent_id, valid_from, valid_to, sort_order)
       VALUES (?, 'Tỉnh thử', 'LĐLĐ tỉnh Tỉnh thử', 'city', NULL, NULL, '2008-08-01', NULL, 9500)`,
    )
    .run(LEVEL).lastInsertRowid
  const unit = sql.prepare(
    `INSERT INTO organisations (code, name, full_name, kind, admin_type, parent_id, valid_from, valid_to, sort_order)
     VALUES (?, ?, ?, 'commune', 'xa', ?, '2016-01-01', NULL, ?)`,
  )
  const figure = sql.prepare(
    `INSERT INTO figures (org_id, indicator_key, year, actual, target, illustrative, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, '2026-11-28T00:00:00.000Z')`,
  )
  for (let i = 1; i <= LEVEL_UNITS; i += 1) {
    const id = unit.run(
      `88${String(i).padStart(3, '0')}`,
      `Xã ${i}`,
      `Công đoàn xã Xã ${i}`,
      root,
      9500 + i,
    ).lastInsertRowid
    for (const [n, { key, takesTarget }] of indicators.entries()) {
      for (const year of [2025, 2026]) {
        const actual = 100 + ((i * 37 + n * 11 + year) % 900)
        figure.run(id, key, year, actual, takesTarget ? actual + ((i + n) % 50) - 20 : null)
      }
    }
  }
  bumpDataRevision(t.db)
}

/** The cells exactly as sent (raw JSON, nothing decoded). */
async function wireCells(url: string): Promise<{ cells: WireCell[]; body: string }> {
  const res = await t.app.inject({ method: 'GET', url })
  expect(res.statusCode, res.body).toBe(200)
  return { cells: res.json<{ cells: WireCell[] }>().cells, body: res.body }
}

/** Fields of a wire cell that hold their default value: there should be none. */
function defaultsSent(cell: WireCell): string[] {
  const found: string[] = []
  for (const [key, value] of Object.entries(cell)) {
    if (key === 'derivedFrom') {
      for (const [mark, v] of Object.entries(value as object))
        if (v === NO_MARKS[mark as keyof typeof NO_MARKS]) found.push(`derivedFrom.${mark}`)
      if (Object.keys(value as object).length === 0) found.push('derivedFrom')
    } else if (key === 'quoteParts') {
      if ((value as string[]).length === 0) found.push(key)
    } else if (key in CELL_DEFAULTS && value === CELL_DEFAULTS[key as keyof typeof CELL_DEFAULTS]) {
      found.push(key)
    }
  }
  return found
}

describe('cells on the wire', () => {
  it.each([
    ['the districts of 2021 (figures with quotes, notes hidden, bounds)', '/api/dashboard?year=2021'],
    ['the unions of 2026', '/api/dashboard?year=2026'],
    ['the split year 2025 (part-year flows)', '/api/dashboard?year=2025'],
    ['a generated level of 100 communes', `/api/dashboard?year=2026&unit=${LEVEL}`],
    ['a district’s series', '/api/organisations/007/series'],
  ])('%s: no null, false, exact, whole-year or empty field is sent', async (_name, url) => {
    const { cells } = await wireCells(url)
    expect(cells.length).toBeGreaterThan(0)
    expect(cells.flatMap(defaultsSent)).toEqual([])
    expect(JSON.stringify(cells)).not.toMatch(/:null|:false|"quoteParts":\[\]|"derivedFrom":\{\}/)
  })

  it('decodes with the contract to whole cells: every field present, defaults filled', async () => {
    const { cells } = await wireCells('/api/dashboard?year=2021')
    const fields = Object.keys(cellSchema.shape).sort()
    const decoded = cells.map((c) => cellSchema.parse(c))
    for (const cell of decoded) expect(Object.keys(cell).sort()).toEqual(fields)
    // The server's own filling (ranking rows) is the schema's.
    expect(cells.map(cellWithDefaults)).toEqual(decoded)
    // And back: a whole cell slimmed (a server-drawn page's answers) is the cell as sent.
    expect(decoded.map(slimCell)).toEqual(cells)
    // A cell with nothing but its place decodes to "no figure".
    const empty = cellSchema.parse({
      unit: '001',
      indicator: 'new_members',
      year: 2021,
      status: 'no_data',
    })
    expect(empty).toMatchObject({ ...CELL_DEFAULTS, derivedFrom: NO_MARKS, quoteParts: [] })
  })

  it('keeps what is not a default: Hai Bà Trưng 2021 recruits with their source and quote', async () => {
    const { cells } = await wireCells('/api/dashboard?year=2021')
    const wire = cells.find((c) => c.unit === '007' && c.indicator === 'new_members')
    expect(wire).toMatchObject({ actual: 2352, target: 1330, percent: 176.8, percentBasis: 'computed' })
    expect(wire?.quote).toContain('2.352/1.330')
    expect(wire?.quoteParts?.length).toBeGreaterThan(0)
    expect(wire?.sourceId).toEqual(expect.any(Number))
    expect(wire).not.toHaveProperty('illustrative')
    const board = dashboardResponseSchema.parse(
      (await t.app.inject({ url: '/api/dashboard?year=2021' })).json(),
    )
    const cell = board.cells.find((c) => c.unit === '007' && c.indicator === 'new_members')
    expect(cell).toMatchObject({ illustrative: false, timing: null, note: null, period: 'year' })
  })

  it('decodes a series the same way', async () => {
    const res = await t.app.inject({ url: '/api/organisations/007/series' })
    const series = seriesResponseSchema.parse(res.json())
    expect(series.cells.every((c) => c.targetNote === null || typeof c.targetNote === 'string')).toBe(true)
    expect(series.cells.every((c) => Array.isArray(c.quoteParts))).toBe(true)
  })
})

describe('size of a level', () => {
  it('sends a 100-commune level in under 300 bytes a cell and far under 200 KB gzip', async () => {
    const { cells, body } = await wireCells(`/api/dashboard?year=2026&unit=${LEVEL}`)
    const indicators = (JSON.parse(body) as { indicators: string[] }).indicators.length
    expect(cells).toHaveLength(LEVEL_UNITS * indicators)
    // Before: 446 bytes a cell on the national file, two thirds of it key names and nulls.
    const bytes = Buffer.byteLength(body)
    expect(bytes / cells.length).toBeLessThan(300)
    expect(gzipSync(body).length).toBeLessThan(200 * 1024)
  })
})
