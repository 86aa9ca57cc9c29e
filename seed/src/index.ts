// Writes the reference data (organisations, indicators, sources) and the demo figures into a migrated
// database, in one transaction, after validating every figure with the contracts.
import type { Db } from '@ldld/db/client'
import type { Figure } from '@ldld/db/contracts'
import { sql } from 'drizzle-orm'
import { figures, indicators } from '@ldld/db/schema'
import { demoAroundTheChange } from './demo-2025.ts'
import { demoFigures } from './illustrative.ts'
import { INDICATORS } from './indicators.ts'
import { insertSources, insertUnions, insertUnits, type Tx } from './insert-units.ts'
import { ORGANISATIONS } from './organisations.ts'
import { DEMO_SOURCES, SOURCES } from './sources.ts'
import { validateFigures } from './validate.ts'

export { ORGANISATIONS, DISTRICTS, CITY, CITY_CODE, DISTRICT_CODES } from './organisations.ts'
export type { OrganisationSeed } from './organisations.ts'
export { INDICATORS } from './indicators.ts'
export { SOURCES, ILLUSTRATIVE_SOURCE, DEMO_SOURCES, ILLUSTRATIVE_UNIONS_SOURCE } from './sources.ts'
export {
  buildUnions,
  readCommunes,
  UNIONS_VALID_FROM,
  INDUSTRIAL_ZONE_CODE,
  type UnionSeed,
} from './unions-2025.ts'
export { demoAroundTheChange } from './demo-2025.ts'
export { DEMO_DRAFT_UNIT, type SeedReport } from './reports-2026.ts'
export { CURRENT_YEAR, SPLIT_YEAR, DISTRICT_H1_NOTE, UNION_Q4_NOTE } from './illustrative-2025.ts'
export type { SourceSeed } from './sources.ts'
export { REAL_FIGURES } from './real-figures.ts'
export { demoFigures, generateIllustrative, withRealFigures } from './illustrative.ts'
export { FIRST_YEAR, LAST_YEAR, YEARS } from './illustrative-stocks.ts'
export { cellKey, QUOTE_JOINER, type SeedFigure } from './seed-figure.ts'
export { validateFigures } from './validate.ts'

/** Seed rows carry a fixed time, so two seeds of the same data give identical databases. */
export const SEED_UPDATED_AT = '2025-01-01T00:00:00.000Z'
/** Rows of the year in progress were saved this autumn, not in 2025 (still fixed, still deterministic). */
const CURRENT_UPDATED_AT = '2026-11-28T02:30:00.000Z'

type FigureRow = typeof figures.$inferInsert

// Every column of a figure row (id aside) as a named parameter of one prepared INSERT.
const FIGURE_PLACEHOLDERS = {
  orgId: sql.placeholder('orgId'),
  indicatorKey: sql.placeholder('indicatorKey'),
  year: sql.placeholder('year'),
  actual: sql.placeholder('actual'),
  actualQualifier: sql.placeholder('actualQualifier'),
  target: sql.placeholder('target'),
  targetDerived: sql.placeholder('targetDerived'),
  statedPercent: sql.placeholder('statedPercent'),
  note: sql.placeholder('note'),
  illustrative: sql.placeholder('illustrative'),
  sourceId: sql.placeholder('sourceId'),
  quote: sql.placeholder('quote'),
  period: sql.placeholder('period'),
  timing: sql.placeholder('timing'),
  updatedAt: sql.placeholder('updatedAt'),
} satisfies Record<keyof Omit<FigureRow, 'id' | 'updatedBy'>, unknown>

export interface ReferenceCounts {
  organisations: number
  indicators: number
  sources: number
}

export interface DemoCounts {
  organisations: number
  indicators: number
  figures: number
  real: number
  reports: number
  predecessorLinks: number
}

function insertReference(tx: Tx): {
  counts: ReferenceCounts
  orgIds: Map<string, number>
  sourceIds: Map<string, number>
} {
  const orgIds = new Map<string, number>()
  insertUnits(tx, ORGANISATIONS, orgIds)
  tx.insert(indicators)
    .values([...INDICATORS])
    .run()
  const sourceIds = new Map<string, number>()
  insertSources(tx, SOURCES, sourceIds)
  return {
    counts: { organisations: orgIds.size, indicators: INDICATORS.length, sources: sourceIds.size },
    orgIds,
    sourceIds,
  }
}

function figureRow(f: Figure, orgIds: Map<string, number>, sourceIds: Map<string, number>): FigureRow {
  const orgId = orgIds.get(f.unit)
  if (orgId === undefined) throw new Error(`Đơn vị ${f.unit} chưa được ghi.`)
  const sourceId = f.source === null ? null : sourceIds.get(f.source)
  if (sourceId === undefined) throw new Error(`Nguồn ${f.source ?? ''} chưa được ghi.`)
  return {
    orgId,
    indicatorKey: f.indicator,
    year: f.year,
    actual: f.actual,
    actualQualifier: f.actualQualifier,
    target: f.target,
    targetDerived: f.targetDerived,
    statedPercent: f.statedPercent,
    note: f.note,
    illustrative: f.illustrative,
    sourceId,
    quote: f.quote,
    period: f.period,
    timing: f.timing,
    updatedAt: f.year >= 2026 ? CURRENT_UPDATED_AT : SEED_UPDATED_AT,
  }
}

/** Organisations, indicators and sources only: what a production database starts from. */
export function seedReference(db: Db): ReferenceCounts {
  return db.transaction((tx) => insertReference(tx).counts)
}

/**
 * Reference data plus the demo: figures 2016–2024 (real where a source has them, illustrative
 * elsewhere), the districts' first half of 2025, and the illustrative union list of 2025-10-01 with
 * its last quarter of 2025 and its 2026 in progress (targets, reports in every state).
 */
export function seedDemo(db: Db): DemoCounts {
  const before = demoFigures()
  const change = demoAroundTheChange(before)
  const valid = validateFigures([...before, ...change.figures], {
    units: change.unions.map((u) => u.code),
    sources: DEMO_SOURCES.map((s) => s.slug),
  })
  return db.transaction((tx) => {
    const { counts, orgIds, sourceIds } = insertReference(tx)
    insertSources(tx, DEMO_SOURCES, sourceIds)
    const { links } = insertUnions(tx, change.unions, change.reports, orgIds)
    const rows = valid.map((f) => figureRow(f, orgIds, sourceIds))
    // One prepared INSERT run per row: several times faster than building multi-row statements.
    const insert = tx.insert(figures).values(FIGURE_PLACEHOLDERS).prepare()
    for (const row of rows) insert.run(row)
    return {
      organisations: counts.organisations + change.unions.length,
      indicators: counts.indicators,
      figures: rows.length,
      real: valid.filter((f) => !f.illustrative).length,
      reports: change.reports.length,
      predecessorLinks: links,
    }
  })
}
export { mulberry32 } from './prng.ts'
