// Issue 8, scale: a dashboard sends its cells as a grid of columns ("Compact cells"), a series as
// objects without their defaults (a national level's 3.780 cells were two thirds key names and
// nulls), and decoding with the contract gives every reader the whole cell back. Checked on the raw
// bytes the server sends, not on a decoded copy, and against the cells each unit's series builds.
import { gzipSync } from 'node:zlib'
import {
  CELL_DEFAULTS,
  cellSchema,
  cellsCodec,
  GRID_COLUMNS,
  type CellGrid,
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

/** A series' cells exactly as sent (raw JSON, nothing decoded). */
async function wireCells(url: string): Promise<{ cells: WireCell[]; body: string }> {
  const res = await t.app.inject({ method: 'GET', url })
  expect(res.statusCode, res.body).toBe(200)
  return { cells: res.json<{ cells: WireCell[] }>().cells, body: res.body }
}

/** A dashboard's cells exactly as sent: a grid of columns (raw JSON, nothing decoded). */
async function wireGrid(url: string): Promise<{ grid: CellGrid; body: string }> {
  const res = await t.app.inject({ method: 'GET', url })
  expect(res.statusCode, res.body).toBe(200)
  return { grid: res.json<{ cells: CellGrid }>().cells, body: res.body }
}

/** How many cells a grid gives a status (its statuses as an array or coded). */
const statusCount = (grid: CellGrid) => (Array.isArray(grid.status) ? grid.status : grid.status.at).length

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

/** Values a sparse column (index → value) sends at their default: there should be none. */
function sparseDefaults(grid: CellGrid): string[] {
  const found: string[] = []
  for (const field of GRID_COLUMNS) {
    const column = grid[field]
    if (typeof column !== 'object' || column === null) {
      // One value for every cell: never the default (the column would be left out).
      if (column === CELL_DEFAULTS[field]) found.push(field)
      continue
    }
    // A value per cell (an array, or coded): defaults included by design.
    if (Array.isArray(column) || 'of' in column) continue
    for (const [k, v] of Object.entries(column)) if (v === CELL_DEFAULTS[field]) found.push(`${field}[${k}]`)
  }
  for (const [mark, column] of Object.entries(grid.derivedFrom ?? {})) {
    if (typeof column !== 'object' || column === null) {
      if (column === NO_MARKS[mark as keyof typeof NO_MARKS]) found.push(`derivedFrom.${mark}`)
      continue
    }
    if (Array.isArray(column)) continue
    for (const [k, v] of Object.entries(column as object))
      if (v === NO_MARKS[mark as keyof typeof NO_MARKS]) found.push(`derivedFrom.${mark}[${k}]`)
  }
  return found
}

const DASHBOARDS = [
  ['the districts of 2021 (figures with quotes, notes hidden, bounds)', '/api/dashboard?year=2021'],
  ['the unions of 2026', '/api/dashboard?year=2026'],
  ['the split year 2025 (part-year flows)', '/api/dashboard?year=2025'],
  ['the accepted figures of 2024', '/api/dashboard?year=2024&data=accepted'],
  ['a generated level of 100 communes', `/api/dashboard?year=2026&unit=${LEVEL}`],
] as const

describe('a dashboard’s cells on the wire', () => {
  it.each(DASHBOARDS)(
    '%s: a grid of the page’s units × indicators, nothing sent at its default',
    async (_name, url) => {
      const { grid, body } = await wireGrid(url)
      const board = JSON.parse(body) as { units: Array<{ code: string }>; indicators: string[]; year: number }
      expect(grid.year).toBe(board.year)
      expect(grid.units).toEqual(board.units.map((u) => u.code))
      expect(grid.indicators).toEqual(board.indicators)
      expect(statusCount(grid)).toBe(grid.units.length * grid.indicators.length)
      expect(statusCount(grid)).toBeGreaterThan(0)
      expect(sparseDefaults(grid)).toEqual([])
      // The server never sends passages other than the quote's own.
      expect(grid.quoteParts).toBeUndefined()
    },
  )

  it.each(DASHBOARDS)(
    '%s: decodes to the cells each unit’s own series builds one by one',
    async (_name, url) => {
      const board = dashboardResponseSchema.parse((await t.app.inject({ url })).json())
      const fields = Object.keys(cellSchema.shape).sort()
      for (const cell of board.cells) expect(Object.keys(cell).sort()).toEqual(fields)
      const basis = url.includes('data=accepted') ? '?data=accepted' : ''
      let compared = 0
      for (const unit of board.units.slice(0, 12)) {
        const series = seriesResponseSchema.parse(
          (await t.app.inject({ url: `/api/organisations/${unit.code}/series${basis}` })).json(),
        )
        const own = series.cells.filter((c) => c.year === board.year)
        // A unit without a figure that year has no year in its series; its cells are empty ones.
        if (own.length === 0) continue
        expect(board.cells.filter((c) => c.unit === unit.code)).toEqual(own)
        compared += own.length
      }
      expect(compared).toBeGreaterThan(0)
    },
  )

  it('sends a field every cell shares as one value: the generated level is illustrative throughout', async () => {
    const { grid } = await wireGrid(`/api/dashboard?year=2026&unit=${LEVEL}`)
    expect(grid.illustrative).toBe(true)
    const board = dashboardResponseSchema.parse(
      (await t.app.inject({ url: `/api/dashboard?year=2026&unit=${LEVEL}` })).json(),
    )
    expect(board.cells.every((c) => c.illustrative)).toBe(true)
  })

  it('keeps what is not a default: Hai Bà Trưng 2021 recruits with their source and quote', async () => {
    const { grid } = await wireGrid('/api/dashboard?year=2021')
    const board = dashboardResponseSchema.parse(
      (await t.app.inject({ url: '/api/dashboard?year=2021' })).json(),
    )
    const cell = board.cells.find((c) => c.unit === '007' && c.indicator === 'new_members')
    expect(cell).toMatchObject({ actual: 2352, target: 1330, percent: 176.8, percentBasis: 'computed' })
    expect(cell?.quote).toContain('2.352/1.330')
    expect(cell?.quoteParts.length).toBeGreaterThan(0)
    expect(cell?.sourceId).toEqual(expect.any(Number))
    expect(cell).toMatchObject({ illustrative: false, timing: null, note: null, period: 'year' })
    // On the wire, at its place in the grid.
    const k = grid.units.indexOf('007') * grid.indicators.length + grid.indicators.indexOf('new_members')
    const actual = grid.actual as Record<number, number | null>
    expect(actual[k]).toBe(2352)
    // And through the contract's own encoding, the same grid.
    expect(JSON.parse(JSON.stringify(cellsCodec.encode(board.cells)))).toEqual(grid)
  })
})

describe('a series’ cells on the wire', () => {
  it('leaves out every field at its default', async () => {
    const { cells } = await wireCells('/api/organisations/007/series')
    expect(cells.length).toBeGreaterThan(0)
    expect(cells.flatMap(defaultsSent)).toEqual([])
    expect(JSON.stringify(cells)).not.toMatch(/:null|:false|"quoteParts":\[\]|"derivedFrom":\{\}/)
  })

  it('decodes with the contract to whole cells: every field present, defaults filled', async () => {
    const { cells } = await wireCells('/api/organisations/007/series')
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
})

describe('texts of few distinct values', () => {
  it('sends the notes and timings the 2025 dashboard repeats over its cells once each, coded', async () => {
    const { grid, body } = await wireGrid('/api/dashboard?year=2025')
    const size = statusCount(grid)
    for (const field of ['note', 'timing'] as const) {
      const sent = grid[field]
      if (typeof sent !== 'object' || sent === null || !('of' in sent)) throw new Error(`${field}: not coded`)
      const column = sent as { of: Array<string | null>; at: number[] }
      expect(column.at).toHaveLength(size)
      // Each distinct text once: far fewer than the cells that carry them.
      expect(new Set(column.of).size).toBe(column.of.length)
      expect(column.of.length * 20).toBeLessThan(size)
    }
    // The statuses too: eight words at most, a code per cell.
    expect(Array.isArray(grid.status)).toBe(false)
    // The same cells, decoded, as the series of one of its units builds them.
    const decoded = dashboardResponseSchema.parse(JSON.parse(body)).cells
    expect(decoded).toHaveLength(size)
    const noted = decoded.filter((c) => c.note !== null)
    expect(noted.length).toBeGreaterThan(size / 4)
    // Before: 340 KB, 190 KB of it the same two notes.
    expect(Buffer.byteLength(body)).toBeLessThan(200 * 1024)
  })
})

describe('size of a level', () => {
  it('sends a 100-commune level in under 100 bytes a cell and far under 200 KB gzip', async () => {
    const { grid, body } = await wireGrid(`/api/dashboard?year=2026&unit=${LEVEL}`)
    const cells = statusCount(grid)
    expect(grid.units).toHaveLength(LEVEL_UNITS)
    // Before: 446 bytes a cell on the national file as whole objects, ~240 as slim objects.
    const bytes = Buffer.byteLength(body)
    expect(bytes / cells).toBeLessThan(100)
    expect(gzipSync(body).length).toBeLessThan(200 * 1024)
  })
})
