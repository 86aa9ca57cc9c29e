// Writes the reference data (organisations, indicators, sources) and the demo figures into a migrated
// database, in one transaction, after validating every figure with the contracts.
import type { Db } from '@ldld/db/client'
import type { Figure } from '@ldld/db/contracts'
import { sql } from 'drizzle-orm'
import { figures, indicators, organisations, sources } from '@ldld/db/schema'
import { demoFigures } from './illustrative.ts'
import { INDICATORS } from './indicators.ts'
import { ORGANISATIONS } from './organisations.ts'
import { SOURCES } from './sources.ts'
import { validateFigures } from './validate.ts'

export { ORGANISATIONS, DISTRICTS, CITY, CITY_CODE, DISTRICT_CODES } from './organisations.ts'
export type { OrganisationSeed } from './organisations.ts'
export { INDICATORS } from './indicators.ts'
export { SOURCES, ILLUSTRATIVE_SOURCE } from './sources.ts'
export type { SourceSeed } from './sources.ts'
export { REAL_FIGURES } from './real-figures.ts'
export { demoFigures, generateIllustrative, withRealFigures } from './illustrative.ts'
export { FIRST_YEAR, LAST_YEAR, YEARS } from './illustrative-stocks.ts'
export { cellKey, QUOTE_JOINER, type SeedFigure } from './seed-figure.ts'
export { validateFigures } from './validate.ts'

/** Seed rows carry a fixed time, so two seeds of the same data give identical databases. */
export const SEED_UPDATED_AT = '2025-01-01T00:00:00.000Z'

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
  updatedAt: sql.placeholder('updatedAt'),
} satisfies Record<keyof Omit<FigureRow, 'id' | 'updatedBy'>, unknown>

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

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
}

function insertReference(tx: Tx): {
  counts: ReferenceCounts
  orgIds: Map<string, number>
  sourceIds: Map<string, number>
} {
  const orgIds = new Map<string, number>()
  // ORGANISATIONS lists parents before children, so each child can point at its parent's id.
  for (const org of ORGANISATIONS) {
    const { parentCode, ...row } = org
    const parentId = parentCode === null ? null : orgIds.get(parentCode)
    if (parentId === undefined) throw new Error(`Đơn vị cha ${parentCode} của ${org.code} chưa được ghi.`)
    const [inserted] = tx
      .insert(organisations)
      .values({ ...row, parentId })
      .returning({ id: organisations.id })
      .all()
    if (!inserted) throw new Error(`Không ghi được đơn vị ${org.code}.`)
    orgIds.set(org.code, inserted.id)
  }
  tx.insert(indicators)
    .values([...INDICATORS])
    .run()
  const sourceRows = tx
    .insert(sources)
    .values([...SOURCES])
    .returning({ id: sources.id, slug: sources.slug })
    .all()
  const sourceIds = new Map(sourceRows.map((s) => [s.slug, s.id]))
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
    updatedAt: SEED_UPDATED_AT,
  }
}

/** Organisations, indicators and sources only: what a production database starts from. */
export function seedReference(db: Db): ReferenceCounts {
  return db.transaction((tx) => insertReference(tx).counts)
}

/** Reference data plus the demo figures (real where a source has them, illustrative elsewhere). */
export function seedDemo(db: Db): DemoCounts {
  const valid = validateFigures(demoFigures())
  return db.transaction((tx) => {
    const { counts, orgIds, sourceIds } = insertReference(tx)
    const rows = valid.map((f) => figureRow(f, orgIds, sourceIds))
    // One prepared INSERT run per row: several times faster than building multi-row statements.
    const insert = tx.insert(figures).values(FIGURE_PLACEHOLDERS).prepare()
    for (const row of rows) insert.run(row)
    return {
      organisations: counts.organisations,
      indicators: counts.indicators,
      figures: rows.length,
      real: valid.filter((f) => !f.illustrative).length,
    }
  })
}
