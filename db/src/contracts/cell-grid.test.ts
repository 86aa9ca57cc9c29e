import { describe, expect, it } from 'vitest'
import { cellSchema, cellsCodec, dashboardResponseSchema, type Cell } from './api.ts'
import {
  CELL_DEFAULTS,
  cellsOfGrid,
  gridOfCells,
  gridSourceIds,
  GRID_COLUMNS,
  type CellGrid,
} from './cell-grid.ts'
import { cellPercent, cellPercentBasis, yoyChange } from './kpi.ts'
import { PERIODS, QUALIFIERS, STATUSES } from './enums.ts'
import { REPORT_STATES } from './coverage.ts'
import { joinQuoteParts, quoteParts } from './provenance.ts'

const UNITS = ['00004', '00008', '001', '002', '003', '004', '005']
const INDICATORS = ['new_members', 'cla_signed', 'welfare', 'new_unions', 'grassroots', 'members']

/** Picks from `values` by the cell's index and a stride, so fields vary independently of each other. */
const pick = <T>(values: readonly T[], k: number, stride: number): T =>
  values[Math.floor(k / stride) % values.length] as T

/**
 * A grid whose every field varies from cell to cell: nulls beside zeros and negatives, every
 * qualifier, period, status and report, marks alone and together, quotes of one and three passages,
 * passages that are not the quote's own, notes, timings, sources. Fields vary with different strides,
 * so one codec that mixes two columns up or drops a rare value fails.
 */
function everyKindOfCell(): Cell[] {
  const cells: Cell[] = []
  UNITS.forEach((unit, u) => {
    INDICATORS.forEach((indicator, i) => {
      const k = u * INDICATORS.length + i
      const quote = pick([null, 'phát triển 2.352/1.330 đoàn viên', joinQuoteParts(['a', 'b', 'c'])], k, 3)
      cells.push({
        unit,
        indicator,
        year: 2025,
        actual: pick([null, 0, 2352, -4, 1_250_300_000], k, 1),
        actualQualifier: pick(QUALIFIERS, k, 2),
        target: pick([null, 0, 1330], k, 5),
        targetDerived: k % 7 === 3,
        statedPercent: pick([null, 0, 145, 99.5], k, 4),
        percent: pick([null, 176.8, 0], k, 2),
        percentBasis: pick([null, 'computed', 'stated'] as const, k, 3),
        status: pick(STATUSES, k, 1),
        previous: pick([null, 0, 1387], k, 6),
        yoy: pick([null, 0, -12.5, 69.6], k, 1),
        derivedFrom: {
          illustrative: k % 3 === 1,
          partialYear: k % 4 === 2,
          bound: pick(QUALIFIERS, k, 5),
        },
        illustrative: k % 2 === 0,
        period: pick(PERIODS, k, 3),
        timing: pick([null, '1/1–30/6/2025', 'Số đến khoảng cuối tháng 11/2016'], k, 7),
        targetNote: k % 11 === 5 ? 'suy ra từ 145%' : null,
        note: pick([null, 'Ghi chú "trong" ngoặc', ''], k, 8),
        sourceId: pick([null, 1, 7, 0], k, 2),
        quote,
        // Passages as stored (the quote's own), and, for one cell, passages that are not.
        quoteParts: k === 17 ? ['chỉ một đoạn'] : quoteParts(quote),
        report: pick(REPORT_STATES, k, 3),
      })
    })
  })
  return cells
}

/** A whole cell with nothing but its place and status. */
const plain = (unit: string, indicator: string, year = 2026): Cell => ({
  ...CELL_DEFAULTS,
  derivedFrom: { ...CELL_DEFAULTS.derivedFrom },
  quoteParts: [],
  unit,
  indicator,
  year,
  status: 'no_data',
})

describe('cells as a grid of columns', () => {
  it('gives back every field of every cell exactly, through JSON', () => {
    const cells = everyKindOfCell()
    const grid = JSON.parse(JSON.stringify(gridOfCells(cells))) as CellGrid
    expect(grid.units).toEqual(UNITS)
    expect(grid.indicators).toEqual(INDICATORS)
    const decoded = cellsOfGrid(grid)
    expect(decoded).toEqual(cells)
    // Null stays null and 0 stays 0, field by field (toEqual would not tell null from undefined).
    decoded.forEach((cell, k) => {
      for (const field of GRID_COLUMNS) expect(cell[field]).toBe(cells[k]?.[field])
    })
    // And through the contract, both ways.
    expect(cellsCodec.decode(grid)).toEqual(cells)
    expect(JSON.parse(JSON.stringify(cellsCodec.encode(cells)))).toEqual(grid)
    expect(decoded.map((c) => cellSchema.parse(c))).toEqual(cells)
  })

  it('sends a field most cells leave at its default as index → value, and leaves out a field no cell sets', () => {
    const cells = UNITS.flatMap((u) => INDICATORS.map((i) => plain(u, i)))
    cells[3] = { ...plain('00004', 'new_unions'), actual: 0, note: 'chỉ ô này', status: 'achieved' }
    cells[40] = {
      ...plain('005', 'grassroots'),
      derivedFrom: { illustrative: false, partialYear: true, bound: 'about' },
    }
    const grid = gridOfCells(cells)
    expect(grid).toEqual({
      year: 2026,
      units: UNITS,
      indicators: INDICATORS,
      // Two words over 60 cells: each once, and a code per cell.
      status: { of: ['no_data', 'achieved'], at: cells.map((c) => (c.status === 'achieved' ? 1 : 0)) },
      actual: { 3: 0 },
      derivedFrom: { partialYear: { 40: true }, bound: { 40: 'about' } },
      note: { 3: 'chỉ ô này' },
    })
    expect(cellsOfGrid(JSON.parse(JSON.stringify(grid)) as CellGrid)).toEqual(cells)
  })

  it('leaves out the %, its basis and the change when every cell holds what the rule gives, and names them', () => {
    // Cells as the server writes them: % and change worked out from the cell's own figures.
    const ruled = UNITS.flatMap((u, ui) =>
      INDICATORS.map((i, n): Cell => {
        const k = ui * INDICATORS.length + n
        const actual = pick([null, 0, 2352, 7, 1_250_300_000], k, 1)
        const target = pick([null, 0, 1330, 3], k, 2)
        const statedPercent = actual === null ? pick([null, 112.5, 99.94], k, 3) : null
        const previous = pick([null, 0, 1387, -4], k, 5)
        return {
          ...plain(u, i),
          status: actual === null ? 'no_data' : 'achieved',
          actual,
          target,
          statedPercent,
          percent: cellPercent(actual, target, statedPercent),
          percentBasis: cellPercentBasis(actual, target, statedPercent),
          previous,
          yoy: yoyChange(actual, previous),
        }
      }),
    )
    expect(ruled.some((c) => c.percent !== null && c.percentBasis === 'stated')).toBe(true)
    expect(ruled.some((c) => c.percent !== null && c.percentBasis === 'computed')).toBe(true)
    expect(ruled.some((c) => c.yoy !== null)).toBe(true)
    const grid = gridOfCells(ruled)
    expect(grid.derived).toEqual(['percent', 'percentBasis', 'yoy'])
    expect(grid).not.toHaveProperty('percent')
    expect(grid).not.toHaveProperty('percentBasis')
    expect(grid).not.toHaveProperty('yoy')
    const decoded = cellsOfGrid(JSON.parse(JSON.stringify(grid)) as CellGrid)
    expect(decoded).toEqual(ruled)
    decoded.forEach((cell, k) => {
      expect(cell.percent).toBe(ruled[k]?.percent)
      expect(cell.yoy).toBe(ruled[k]?.yoy)
    })
    expect(dashboardResponseSchema.shape.cells.parse(grid)).toEqual(ruled)

    // One change left out (two bounds of one direction): the change goes as a column, the % stays derived.
    const k = ruled.findIndex((c) => c.yoy !== null)
    const departed = ruled.map((c, j) => (j === k ? { ...c, yoy: null } : c))
    const sent = gridOfCells(departed)
    expect(sent.derived).toEqual(['percent', 'percentBasis'])
    expect(sent.yoy).toBeDefined()
    expect(cellsOfGrid(JSON.parse(JSON.stringify(sent)) as CellGrid)).toEqual(departed)

    // A grid that sends a column and names it derived is refused.
    expect(() => cellsOfGrid({ ...grid, percent: 5 })).toThrow(/percent/)
    expect(() => dashboardResponseSchema.shape.cells.parse({ ...grid, derived: ['share'] })).toThrow()
  })

  it('sends a field many cells set as an array with a value per cell', () => {
    const cells = UNITS.flatMap((u) =>
      INDICATORS.map((i, n) => ({ ...plain(u, i), illustrative: n % 2 === 0 })),
    )
    const grid = gridOfCells(cells)
    expect(grid.illustrative).toEqual(cells.map((c) => c.illustrative))
    expect(cellsOfGrid(grid)).toEqual(cells)
  })

  it('sends a field every cell shares as one value', () => {
    const cells: Cell[] = UNITS.flatMap((u) =>
      INDICATORS.map((i) => ({ ...plain(u, i), report: 'accepted' as const, sourceId: 0, actual: 5 })),
    )
    cells[7] = { ...(cells[7] as Cell), actual: 6 }
    const grid = gridOfCells(cells)
    expect(grid.report).toBe('accepted')
    expect(grid.sourceId).toBe(0)
    expect(grid.actual).toEqual(cells.map((c) => c.actual))
    expect(cellsOfGrid(JSON.parse(JSON.stringify(grid)) as CellGrid)).toEqual(cells)
    expect(gridSourceIds(grid)).toEqual([0])
  })

  it('sends a text column of few distinct values coded: the values once, a code per cell', () => {
    const long = 'Số liệu minh họa, không phải số liệu thật của đơn vị (danh sách minh họa).'
    const cells = UNITS.flatMap((u) =>
      INDICATORS.map((i, n) => ({
        ...plain(u, i),
        note: n % 3 === 0 ? null : n % 3 === 1 ? long : 'ghi chú',
      })),
    )
    const grid = gridOfCells(cells)
    expect(grid.note).toEqual({
      of: [null, long, 'ghi chú'],
      at: cells.map((_, k) => (k % INDICATORS.length) % 3),
    })
    expect(cellsOfGrid(JSON.parse(JSON.stringify(grid)) as CellGrid)).toEqual(cells)
    expect(cellsCodec.decode(grid)).toEqual(cells)
    // Texts that all differ stay an array: coding them would be longer.
    const distinct = cells.map((c, k) => ({ ...c, note: `ghi chú riêng số ${k}` }))
    expect(Array.isArray(gridOfCells(distinct).note)).toBe(true)
    // Numbers are never coded.
    const targets = cells.map((c, k) => ({ ...c, target: k % 2 }))
    expect(gridOfCells(targets).target).toEqual(targets.map((c) => c.target))
  })

  it('refuses a coded column whose codes do not fit the grid or its values', () => {
    const cells = UNITS.flatMap((u) =>
      INDICATORS.map((i, n) => ({ ...plain(u, i), note: n % 2 ? 'a' : 'b' })),
    )
    const grid = gridOfCells(cells)
    const size = cells.length
    expect(() => cellsOfGrid({ ...grid, note: { of: ['a', 'b'], at: [0, 1] } })).toThrow(/note/)
    expect(() => cellsOfGrid({ ...grid, note: { of: ['a'], at: new Array<number>(size).fill(1) } })).toThrow(
      /note/,
    )
    expect(
      cellsCodec.safeDecode({ ...grid, note: { of: ['a'], at: new Array<number>(size).fill(-1) } }).success,
    ).toBe(false)
    expect(
      cellsCodec.safeDecode({
        ...grid,
        note: { of: ['a'], at: new Array<number>(size).fill(0), x: 1 },
      } as CellGrid).success,
    ).toBe(false)
    expect(
      cellsCodec.safeDecode({
        ...grid,
        status: { of: ['no_data', 'maybe'], at: new Array<number>(size).fill(0) },
      } as CellGrid).success,
    ).toBe(false)
    expect(() => cellsOfGrid({ ...grid, status: { of: ['no_data'], at: [0] } })).toThrow(/trạng thái/)
  })

  it('carries an empty page and a page of one unit', () => {
    expect(cellsOfGrid(gridOfCells([]))).toEqual([])
    expect(cellsOfGrid({ year: 2026, units: [], indicators: INDICATORS, status: [] })).toEqual([])
    const one = [plain('001', 'new_members'), { ...plain('001', 'welfare'), target: 5 }]
    expect(cellsOfGrid(gridOfCells(one))).toEqual(one)
  })

  it('names every source of the page once', () => {
    expect(gridSourceIds(gridOfCells(everyKindOfCell()))).toEqual([0, 1, 7])
  })

  it('refuses cells that are not one grid, and a grid whose columns do not fit it', () => {
    const a = plain('001', 'new_members')
    const b = plain('001', 'welfare')
    const c = plain('002', 'new_members')
    expect(() => gridOfCells([a, b, c])).toThrow(/lưới/)
    expect(() => gridOfCells([a, b, c, plain('002', 'cla_signed')])).toThrow(/lưới/)
    expect(() => gridOfCells([a, { ...b, year: 2025 }])).toThrow(/lưới/)
    const grid = gridOfCells([a, b])
    expect(() => cellsOfGrid({ ...grid, status: ['no_data'] })).toThrow()
    expect(() => cellsOfGrid({ ...grid, actual: [1] })).toThrow(/actual/)
    expect(() => cellsOfGrid({ ...grid, actual: { 2: 1 } })).toThrow(/actual/)
    expect(cellsCodec.safeDecode({ ...grid, target: { 5: 1 } }).success).toBe(false)
    expect(cellsCodec.safeDecode({ ...grid, unknown: [1, 2] } as CellGrid).success).toBe(false)
    expect(cellsCodec.safeDecode({ ...grid, actual: { x: 1 } }).success).toBe(false)
  })

  it('is what a dashboard decodes its cells with', () => {
    expect(dashboardResponseSchema.shape.cells).toBe(cellsCodec)
  })
})
