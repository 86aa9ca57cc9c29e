// Issue 8: a unit's figures of one year packed into one JSON text (`figure_packs`, migration 0010),
// kept by triggers equal to the view `figure_pack_rows`. A cold dashboard reads a row per unit and
// year and parses it (V8's JSON.parse makes a page's values several times faster than better-sqlite3
// makes a value per column and row). The text is
//   ["key,key,…", figures, actual, actual_qualifier, target, target_derived, stated_percent, note,
//    illustrative, source_id, quote, period, timing]
// `figures` how many there are (a key list that does not split into as many is refused), then each
// column an array (a value per key, in the keys' order) or, when every figure of the pack holds the
// same value, that value alone. The stored values as they are: the rules stay in the readers.
import type { Period, Qualifier } from './contracts/enums.ts'

/** One stored figure with its unit's code, as the report builders read it. */
export interface StoredFigure {
  unit: string
  indicator: string
  year: number
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  targetDerived: boolean
  statedPercent: number | null
  note: string | null
  illustrative: boolean
  sourceId: number | null
  quote: string | null
  period: Period
  timing: string | null
}

/** `figure_packs` as its view gives it, recomputed from every figure. */
export const FIGURE_PACKS_FROM_SCRATCH = `SELECT org_id, year, entered, figures FROM figure_pack_rows`

type Column = unknown
const COLUMNS = 11

// A pack's key list is one text; the same list (a level's units mostly share one) is split once.
// The list of the pack before is tried first: equal texts compare faster than a long text hashes.
const keyLists = new Map<string, string[]>()
let lastList = ''
let lastKeys: string[] = []
function keysOf(list: string): string[] {
  if (list === lastList) return lastKeys
  let keys = keyLists.get(list)
  if (keys === undefined) {
    keys = list.split(',')
    if (keyLists.size >= 256) keyLists.clear()
    keyLists.set(list, keys)
  }
  lastList = list
  lastKeys = keys
  return keys
}

function broken(unit: string, year: number): Error {
  return new Error(`The packed figures of ${unit} in ${year} do not read (figure_packs).`)
}

/** One pack read (`readPack`): its unit, year, keys and columns, each figure found by its place. */
export interface ReadPack {
  unit: string
  year: number
  /** Shared by every pack of the same key list (compare them by identity). */
  keys: readonly string[]
  /** actual, qualifier, target, derived, stated, note, illustrative, source, quote, period, timing. */
  columns: readonly Column[]
}

/**
 * Reads one pack (`unit`'s figures of `year`). Throws when the text is not a pack (not as many keys
 * as figures, a column not one value per key): nothing is read from it.
 */
export function readPack(unit: string, year: number, text: string): ReadPack {
  const pack = JSON.parse(text) as unknown
  if (!Array.isArray(pack) || pack.length !== COLUMNS + 2 || typeof pack[0] !== 'string')
    throw broken(unit, year)
  const keys = keysOf(pack[0])
  const n = keys.length
  if (pack[1] !== n) throw broken(unit, year)
  for (let c = 2; c < COLUMNS + 2; c += 1) {
    const column: Column = pack[c]
    if (Array.isArray(column) && column.length !== n) throw broken(unit, year)
  }
  return { unit, year, keys, columns: (pack as Column[]).slice(2) }
}

const valueAt = (column: Column, j: number): unknown => (Array.isArray(column) ? column[j] : column)

/**
 * The figure at place `j` of a read pack, written into `into` (a reader of thousands of figures
 * reuses one object: read it before the next) and returned.
 */
export function figureOfPack(pack: ReadPack, j: number, into: StoredFigure): StoredFigure {
  const [actual, qualifier, target, derived, stated, note, illustrative, source, quote, period, timing] =
    pack.columns
  into.unit = pack.unit
  into.indicator = pack.keys[j] as string
  into.year = pack.year
  into.actual = valueAt(actual, j) as number | null
  into.actualQualifier = valueAt(qualifier, j) as Qualifier
  into.target = valueAt(target, j) as number | null
  into.targetDerived = valueAt(derived, j) === 1
  into.statedPercent = valueAt(stated, j) as number | null
  into.note = valueAt(note, j) as string | null
  into.illustrative = valueAt(illustrative, j) === 1
  into.sourceId = valueAt(source, j) as number | null
  into.quote = valueAt(quote, j) as string | null
  into.period = valueAt(period, j) as Period
  into.timing = valueAt(timing, j) as string | null
  return into
}

/** A figure object to fill with `figureOfPack`. */
export function blankFigure(): StoredFigure {
  return {
    unit: '',
    indicator: '',
    year: 0,
    actual: null,
    actualQualifier: 'exact',
    target: null,
    targetDerived: false,
    statedPercent: null,
    note: null,
    illustrative: false,
    sourceId: null,
    quote: null,
    period: 'year',
    timing: null,
  }
}

/**
 * Appends to `out` the figures of one pack (`unit`'s of `year`), as `StoredFigure`s in the pack's
 * order (see `readPack`).
 */
export function unpackFigures(unit: string, year: number, text: string, out: StoredFigure[]): void {
  appendFigures(readPack(unit, year, text), out)
}

/** Appends to `out` every figure of a read pack, each its own object, in the pack's order. */
export function appendFigures(pack: ReadPack, out: StoredFigure[]): void {
  for (let j = 0; j < pack.keys.length; j += 1) out.push(figureOfPack(pack, j, blankFigure()))
}
