// A page of cells on the wire as columns (issue 8, scale; docs/decisions.md, "Compact cells"). A
// dashboard's cells are a grid — every unit of the page × every indicator of the year, one year —
// so the wire names the units and indicators once and gives each field of the cell as one column:
// an array with a value per cell; for a text of few distinct values (a status, a note repeated over
// a thousand cells), those values once and a code per cell; one value when every cell holds it; for a
// field most cells leave at its default, an object of cell index → value; nothing when every cell
// holds the default. Cell `k` is unit
// `units[floor(k / indicators.length)]` × indicator `indicators[k % indicators.length]`. The API's
// readers never see this: `dashboardResponseSchema` decodes it into the same `Cell[]` as before
// (`cellsOfGrid`), and the server writes it directly (`CellGridWriter`), without a cell object.
import { z } from './zod.ts'
import { REPORT_STATES, type ReportState } from './coverage.ts'
import { PERIODS, QUALIFIERS, STATUSES, type Period, type Qualifier, type Status } from './enums.ts'
import { cellPercent, cellPercentBasis, NO_MARKS, yoyChange } from './kpi.ts'
import { quoteParts } from './provenance.ts'
import type { Cell } from './api.ts'

/**
 * What a cell field left out on the wire stands for (`cellSchema`'s defaults): no figure, exact,
 * whole year, real, no source, no marks on its change.
 */
export const CELL_DEFAULTS = {
  actual: null,
  actualQualifier: 'exact',
  target: null,
  targetDerived: false,
  statedPercent: null,
  percent: null,
  percentBasis: null,
  previous: null,
  yoy: null,
  derivedFrom: NO_MARKS,
  illustrative: false,
  period: 'year',
  timing: null,
  targetNote: null,
  note: null,
  sourceId: null,
  quote: null,
  quoteParts: [],
  report: 'none',
} as const satisfies Partial<Record<string, unknown>>

/** The fields a grid gives as columns (besides `status`, always whole, and the marks and passages). */
export const GRID_COLUMNS = [
  'actual',
  'actualQualifier',
  'target',
  'targetDerived',
  'statedPercent',
  'percent',
  'percentBasis',
  'previous',
  'yoy',
  'illustrative',
  'period',
  'timing',
  'targetNote',
  'note',
  'sourceId',
  'quote',
  'report',
] as const satisfies ReadonlyArray<keyof Cell>
export type GridColumn = (typeof GRID_COLUMNS)[number]
/** The marks of `previous`/`yoy` (`derivedFrom`), each its own column under `derivedFrom`. */
export const GRID_MARKS = ['illustrative', 'partialYear', 'bound'] as const
export type GridMark = (typeof GRID_MARKS)[number]

/**
 * Columns a grid leaves out, naming them in `derived`, when every cell holds what the contracts' own
 * rule gives from the cell's other fields: its % đạt and what it rests on (`cellPercent`,
 * `cellPercentBasis` of actual, target and stated %) and its change on last year (`yoyChange` of
 * actual and previous). They were a quarter of a large page's JSON (issue 8). A column any cell
 * departs from (a change left out between two bounds of one direction) is sent as it is.
 */
export const DERIVED_COLUMNS = ['percent', 'percentBasis', 'yoy'] as const
export type DerivedColumn = (typeof DERIVED_COLUMNS)[number]

/** What a derived column holds in a cell, from the cell's actual, target, stated % and previous. */
function derivedValue(
  column: DerivedColumn,
  actual: number | null,
  target: number | null,
  statedPercent: number | null,
  previous: number | null,
): number | string | null {
  if (column === 'percent') return cellPercent(actual, target, statedPercent)
  if (column === 'percentBasis') return cellPercentBasis(actual, target, statedPercent)
  return yoyChange(actual, previous)
}

/** A column whose values sit at or above this share of the cells is sent whole (an array). */
const WHOLE_SHARE = 0.25

const cellIndex = z.string().regex(/^(0|[1-9][0-9]*)$/)
/**
 * A text column of few distinct values, coded: `of` lists them once, `at` gives each cell's place in
 * `of` (a 2025 dashboard repeated the same two notes over 1.380 cells: 190 KB of its 340 KB).
 */
const coded = <T extends z.ZodType>(value: T) =>
  z.strictObject({ of: z.array(value), at: z.array(z.number().int().nonnegative()) })
/**
 * One field of every cell: an array (a value per cell), its values coded (see `coded`), one value
 * (the same in every cell: the national file's `"report":"accepted"`), or cell index → value (the
 * rest at the default).
 */
const column = <T extends z.ZodType>(value: T) =>
  z.union([z.array(value), value, coded(value), z.record(cellIndex, value)]).optional()
const nullableInt = z.number().int().nullable()
const nullableText = z.string().nullable()

/**
 * A grid of cells as the API sends them: `units` × `indicators` in `year`, cell `k` at unit
 * `floor(k / indicators.length)` and indicator `k % indicators.length`. `status` has a value per
 * cell; each other field of the cell is a column (see `column`) left out when every cell holds its
 * default (`CELL_DEFAULTS`). `quoteParts` lists only cells whose passages are not their quote's own
 * (`quoteParts(quote)`: never, as the server builds cells).
 */
export const cellGridSchema = z.strictObject({
  year: z.number().int(),
  units: z.array(z.string()),
  indicators: z.array(z.string()),
  status: z.union([z.array(z.enum(STATUSES)), coded(z.enum(STATUSES))]),
  actual: column(nullableInt),
  actualQualifier: column(z.enum(QUALIFIERS)),
  target: column(nullableInt),
  targetDerived: column(z.boolean()),
  statedPercent: column(z.number().nullable()),
  percent: column(z.number().nullable()),
  percentBasis: column(z.enum(['computed', 'stated']).nullable()),
  previous: column(nullableInt),
  yoy: column(z.number().nullable()),
  derivedFrom: z
    .strictObject({
      illustrative: column(z.boolean()),
      partialYear: column(z.boolean()),
      bound: column(z.enum(QUALIFIERS)),
    })
    .optional(),
  illustrative: column(z.boolean()),
  period: column(z.enum(PERIODS)),
  timing: column(nullableText),
  targetNote: column(nullableText),
  note: column(nullableText),
  sourceId: column(nullableInt),
  quote: column(nullableText),
  quoteParts: z.record(cellIndex, z.array(z.string())).optional(),
  report: column(z.enum(REPORT_STATES)),
  /** Columns left out because every cell holds what the rule gives (see `DERIVED_COLUMNS`). */
  derived: z.array(z.enum(DERIVED_COLUMNS)).optional(),
})
export type CellGrid = z.infer<typeof cellGridSchema>

/** The value type of a column. */
export type GridValue<K extends GridColumn> = Cell[K]
type MarkValue<K extends GridMark> = Cell['derivedFrom'][K]

/** A column at rest: its values per cell (defaults where unset), the default and how many cells differ. */
interface Building {
  values: unknown[]
  fallback: unknown
  differing: number
}

/** A whole column's values coded (see `coded`) when they are texts and that is shorter in JSON. */
function codedIfShorter(values: readonly unknown[]): unknown {
  const places = new Map<unknown, number>()
  let whole = 0
  for (const value of values) {
    if (value !== null && typeof value !== 'string') return values
    // Lengths as JSON writes them (escapes aside): the text, its quotes and a comma.
    whole += value === null ? 5 : value.length + 3
    if (!places.has(value)) places.set(value, places.size)
  }
  const of = [...places.keys()]
  let codedLength = values.length * (String(of.length - 1).length + 1)
  for (const value of of) codedLength += value === null ? 5 : (value as string).length + 3
  if (codedLength >= whole) return values
  return { of, at: values.map((value) => places.get(value) as number) }
}

function finish(building: Building | undefined, size: number): unknown {
  if (!building || building.differing === 0) return undefined
  if (building.differing === size) {
    const first = building.values[0]
    if (building.values.every((value) => value === first)) return first
  }
  if (building.differing >= size * WHOLE_SHARE) return codedIfShorter(building.values)
  // The cells that differ from the default (a value equal to it is never written), in cell order.
  const sparse: Record<number, unknown> = {}
  const { values, fallback } = building
  for (let k = 0; k < size; k += 1) if (values[k] !== fallback) sparse[k] = values[k]
  return sparse
}

/**
 * Writes a grid cell by cell, field by field (the server's dashboards): `at(k)` moves to cell `k`,
 * `status` must be given for every cell, any other field only when it differs from its default.
 */
export class CellGridWriter {
  readonly size: number
  private readonly statuses: Status[]
  private readonly columns = new Map<GridColumn, Building>()
  private readonly marks = new Map<GridMark, Building>()
  private readonly parts: Record<number, string[]> = {}
  private hasParts = false
  private k = 0

  readonly year: number
  readonly units: readonly string[]
  readonly indicators: readonly string[]

  constructor(year: number, units: readonly string[], indicators: readonly string[]) {
    this.year = year
    this.units = units
    this.indicators = indicators
    this.size = units.length * indicators.length
    this.statuses = new Array<Status>(this.size)
  }

  /** The cell later calls write (unit `floor(k / indicators)`, indicator `k % indicators`). */
  at(k: number): this {
    this.k = k
    return this
  }

  status(value: Status): void {
    this.statuses[this.k] = value
  }

  set<K extends GridColumn>(field: K, value: GridValue<K>): void {
    this.write(this.columns, field, value, CELL_DEFAULTS[field])
  }

  mark<K extends GridMark>(mark: K, value: MarkValue<K>): void {
    this.write(this.marks, mark, value, NO_MARKS[mark])
  }

  private write<K>(columns: Map<K, Building>, name: K, value: unknown, fallback: unknown): void {
    if (value === fallback) return
    let building = columns.get(name)
    if (!building) {
      building = { values: new Array<unknown>(this.size).fill(fallback), fallback, differing: 0 }
      columns.set(name, building)
    }
    const { values } = building
    if (values[this.k] === fallback) building.differing += 1
    values[this.k] = value
  }

  /** Passages other than the quote's own (`quoteParts(quote)`); the server never has any. */
  quoteParts(parts: string[]): void {
    this.parts[this.k] = parts
    this.hasParts = true
  }

  grid(): CellGrid {
    for (let k = 0; k < this.size; k += 1) {
      if (this.statuses[k] === undefined) throw new Error(`Ô ${k} của lưới chưa có trạng thái.`)
    }
    const grid: Record<string, unknown> = {
      year: this.year,
      units: [...this.units],
      indicators: [...this.indicators],
      status: codedIfShorter(this.statuses),
    }
    const derived = DERIVED_COLUMNS.filter((field) => this.derives(field))
    for (const field of GRID_COLUMNS) {
      const column = (derived as readonly string[]).includes(field)
        ? undefined
        : finish(this.columns.get(field), this.size)
      if (column !== undefined) grid[field] = column
      // Marks go where cellSchema has them: after `yoy`.
      if (field === 'yoy') {
        const marks: Record<string, unknown> = {}
        for (const mark of GRID_MARKS) {
          const markColumn = finish(this.marks.get(mark), this.size)
          if (markColumn !== undefined) marks[mark] = markColumn
        }
        if (Object.keys(marks).length > 0) grid.derivedFrom = marks
      }
    }
    if (this.hasParts) grid.quoteParts = this.parts
    if (derived.length > 0) grid.derived = derived
    return grid as CellGrid
  }

  /** Whether some cell sets `field` and every cell holds what `derivedValue` gives it. */
  private derives(field: DerivedColumn): boolean {
    const values = this.columns.get(field)?.values
    if (values === undefined) return false
    const of = (name: GridColumn) => this.columns.get(name)?.values
    const actual = of('actual')
    const target = of('target')
    const stated = of('statedPercent')
    const previous = of('previous')
    const at = (column: unknown[] | undefined, k: number) => (column ? (column[k] as number | null) : null)
    for (let k = 0; k < this.size; k += 1) {
      const expected = derivedValue(field, at(actual, k), at(target, k), at(stated, k), at(previous, k))
      if (values[k] !== expected) return false
    }
    return true
  }
}

function samePassages(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i])
}

/**
 * The wire grid of whole cells (the inverse of `cellsOfGrid`). The cells must form a grid: every
 * unit's cells together, each unit with the same indicators in the same order, one year; anything
 * else is refused (it is not a dashboard's page).
 */
export function gridOfCells(cells: readonly Cell[]): CellGrid {
  const first = cells[0]
  const indicators: string[] = []
  while (first && indicators.length < cells.length && cells[indicators.length]?.unit === first.unit) {
    indicators.push((cells[indicators.length] as Cell).indicator)
  }
  const width = indicators.length
  const units: string[] = []
  for (let k = 0; k < cells.length; k += width) units.push((cells[k] as Cell).unit)
  const year = first?.year ?? 0
  const writer = new CellGridWriter(year, units, indicators)
  cells.forEach((cell, k) => {
    if (
      cell.unit !== units[Math.floor(k / width)] ||
      cell.indicator !== indicators[k % width] ||
      cell.year !== year
    ) {
      throw new Error(`Các ô không thành một lưới đơn vị × chỉ tiêu của một năm (ô ${k}).`)
    }
    writer.at(k).status(cell.status)
    for (const field of GRID_COLUMNS) writer.set(field, cell[field])
    for (const mark of GRID_MARKS) writer.mark(mark, cell.derivedFrom[mark])
    if (!samePassages(cell.quoteParts, quoteParts(cell.quote))) writer.quoteParts([...cell.quoteParts])
  })
  return writer.grid()
}

/** A column's value per cell (`fallback` where it gives none); throws on a value outside the grid. */
function spread(column: unknown, fallback: unknown, size: number, name: string): unknown[] {
  if (column === undefined) return new Array<unknown>(size).fill(fallback)
  if (Array.isArray(column)) {
    if (column.length !== size) throw new Error(`Cột ${name} có ${column.length} giá trị cho ${size} ô.`)
    return column
  }
  if (column === null || typeof column !== 'object') return new Array<unknown>(size).fill(column)
  if ('of' in column && 'at' in column && Array.isArray(column.of) && Array.isArray(column.at)) {
    const { of, at } = column as { of: unknown[]; at: unknown[] }
    if (at.length !== size) throw new Error(`Cột ${name} có ${at.length} mã cho ${size} ô.`)
    return at.map((place) => {
      if (typeof place !== 'number' || !Number.isInteger(place) || place < 0 || place >= of.length)
        throw new Error(`Cột ${name} có mã ${String(place)}, ngoài ${of.length} giá trị của nó.`)
      return of[place]
    })
  }
  const values = new Array<unknown>(size).fill(fallback)
  for (const [key, value] of Object.entries(column)) {
    const k = Number(key)
    if (!Number.isInteger(k) || k < 0 || k >= size) throw new Error(`Cột ${name} nêu ô ${key}, ngoài lưới.`)
    values[k] = value
  }
  return values
}

/** The whole cells a grid stands for, in its order (the decoding of the wire form). */
export function cellsOfGrid(grid: CellGrid): Cell[] {
  const width = grid.indicators.length
  const size = grid.units.length * width
  const statusCount = Array.isArray(grid.status) ? grid.status.length : grid.status.at.length
  if (statusCount !== size) {
    throw new Error(`Lưới ${grid.units.length} × ${width} ô có ${statusCount} trạng thái.`)
  }
  const status = spread(grid.status, undefined, size, 'status') as Status[]
  const col = <K extends GridColumn>(field: K) =>
    spread(grid[field], CELL_DEFAULTS[field], size, field) as Array<GridValue<K>>
  const mark = <K extends GridMark>(name: K) =>
    spread(grid.derivedFrom?.[name], NO_MARKS[name], size, `derivedFrom.${name}`) as Array<MarkValue<K>>
  const actual = col('actual')
  const actualQualifier = col('actualQualifier')
  const target = col('target')
  const targetDerived = col('targetDerived')
  const statedPercent = col('statedPercent')
  const previous = col('previous')
  const derived = new Set<DerivedColumn>(grid.derived ?? [])
  for (const field of derived)
    if (grid[field] !== undefined) throw new Error(`Cột ${field} vừa được gửi vừa được nêu là suy ra.`)
  // A derived column from each cell's own fields, by the rule the server applied (DERIVED_COLUMNS).
  const derive = <K extends DerivedColumn>(field: K) =>
    derived.has(field)
      ? (actual.map((a, k) =>
          derivedValue(field, a ?? null, target[k] ?? null, statedPercent[k] ?? null, previous[k] ?? null),
        ) as Array<GridValue<K>>)
      : col(field)
  const percent = derive('percent')
  const percentBasis = derive('percentBasis')
  const yoy = derive('yoy')
  const markIllustrative = mark('illustrative')
  const markPartialYear = mark('partialYear')
  const markBound = mark('bound')
  const illustrative = col('illustrative')
  const period = col('period')
  const timing = col('timing')
  const targetNote = col('targetNote')
  const note = col('note')
  const sourceId = col('sourceId')
  const quote = col('quote')
  const report = col('report')
  const parts = spread(grid.quoteParts, undefined, size, 'quoteParts') as Array<string[] | undefined>
  const cells = new Array<Cell>(size)
  for (let k = 0; k < size; k += 1) {
    const cellQuote = quote[k] ?? null
    cells[k] = {
      unit: grid.units[Math.floor(k / width)] as string,
      indicator: grid.indicators[k % width] as string,
      year: grid.year,
      actual: actual[k] ?? null,
      actualQualifier: actualQualifier[k] as Qualifier,
      target: target[k] ?? null,
      targetDerived: targetDerived[k] as boolean,
      statedPercent: statedPercent[k] ?? null,
      percent: percent[k] ?? null,
      percentBasis: percentBasis[k] ?? null,
      status: status[k] as Status,
      previous: previous[k] ?? null,
      yoy: yoy[k] ?? null,
      derivedFrom: {
        illustrative: markIllustrative[k] as boolean,
        partialYear: markPartialYear[k] as boolean,
        bound: markBound[k] as Qualifier,
      },
      illustrative: illustrative[k] as boolean,
      period: period[k] as Period,
      timing: timing[k] ?? null,
      targetNote: targetNote[k] ?? null,
      note: note[k] ?? null,
      sourceId: sourceId[k] ?? null,
      quote: cellQuote,
      quoteParts: parts[k] ?? quoteParts(cellQuote),
      report: report[k] as ReportState,
    }
  }
  return cells
}

/** Every source id a grid names (its `sourceId` column), once each, ascending. */
export function gridSourceIds(grid: CellGrid): number[] {
  const column: unknown = grid.sourceId
  let values: unknown[] = []
  if (Array.isArray(column)) values = column
  else if (column !== null && typeof column === 'object')
    values = 'of' in column && Array.isArray(column.of) ? column.of : Object.values(column)
  else if (column !== undefined) values = [column]
  const ids = new Set<number>()
  for (const id of values) if (typeof id === 'number') ids.add(id)
  return [...ids].sort((a, b) => a - b)
}
