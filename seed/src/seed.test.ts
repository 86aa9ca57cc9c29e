import { count, eq } from 'drizzle-orm'
import { figures, indicators, organisations, sources } from '@ldld/db/schema'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemo, seedReference, SEED_UPDATED_AT } from './index.ts'
import { REAL_FIGURES } from './real-figures.ts'
import { cellKey } from './seed-figure.ts'
import { tempDatabase } from './testing.ts'

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

function freshDb() {
  const t = tempDatabase()
  cleanups.push(t.cleanup)
  return t
}

describe('seedReference', () => {
  it('writes organisations, indicators and sources, and no figures', () => {
    const { db } = freshDb()
    // Issue 11 item 5: the Hoàng Mai story is a source of its own (src-000-hoang-mai).
    expect(seedReference(db)).toEqual({ organisations: 31, indicators: 12, sources: 7 })
    expect(db.select({ n: count() }).from(figures).all()).toEqual([{ n: 0 }])
    const city = db.select().from(organisations).where(eq(organisations.code, '01')).get()
    const district = db.select().from(organisations).where(eq(organisations.code, '281')).get()
    expect(district).toMatchObject({ name: 'Ứng Hòa', fullName: 'LĐLĐ huyện Ứng Hòa', parentId: city?.id })
  })
})

describe('seedDemo', () => {
  it('writes the demo data set and counts what it wrote', () => {
    const { db } = freshDb()
    const counts = seedDemo(db)
    expect(counts).toEqual({
      organisations: 1 + 30 + 84 + 1,
      indicators: 12,
      figures: counts.figures,
      real: 25,
      reports: counts.reports,
      predecessorLinks: counts.predecessorLinks,
    })
    // 2016–2024: 30 districts × 9 years × 11 indicators + 30 new_unions_25plus in 2024 + 2 city cells;
    // 2025: 30 districts' first half and 85 unions' last quarter, 12 indicators each; 2026: the rest.
    const before2026 = 30 * 9 * 11 + 30 + 2 + (30 + 85) * 12
    expect(counts.figures).toBeGreaterThan(before2026)
    expect(db.select({ n: count() }).from(figures).all()).toEqual([{ n: counts.figures }])
    expect(db.select({ n: count() }).from(indicators).all()).toEqual([{ n: 12 }])
    expect(db.select({ n: count() }).from(sources).all()).toEqual([{ n: 8 }])
  })

  it('stores real cells as real with their source and every other cell as illustrative', () => {
    const { db } = freshDb()
    seedDemo(db)
    const rows = db
      .select({
        unit: organisations.code,
        indicator: figures.indicatorKey,
        year: figures.year,
        actual: figures.actual,
        target: figures.target,
        illustrative: figures.illustrative,
        source: sources.slug,
        updatedAt: figures.updatedAt,
      })
      .from(figures)
      .innerJoin(organisations, eq(figures.orgId, organisations.id))
      .innerJoin(sources, eq(figures.sourceId, sources.id))
      .all()
    const realKeys = new Set(REAL_FIGURES.map((f) => cellKey(f.unit, f.indicator, f.year)))
    for (const row of rows) {
      const isReal = realKeys.has(cellKey(row.unit, row.indicator, row.year))
      expect(row.illustrative, cellKey(row.unit, row.indicator, row.year)).toBe(!isReal)
      expect(row.source.startsWith('illustrative')).toBe(!isReal)
      if (row.year < 2026) expect(row.updatedAt).toBe(SEED_UPDATED_AT)
    }
    const cell = (unit: string, indicator: string, year: number) =>
      rows.find((r) => r.unit === unit && r.indicator === indicator && r.year === year)
    expect(cell('007', 'new_members', 2021)).toMatchObject({ actual: 2352, target: 1330, source: 'src-000' })
    expect(cell('001', 'new_unions', 2016)).toMatchObject({ actual: 33, target: 25, source: 'src-001' })
    expect(cell('020', 'new_unions', 2020)).toMatchObject({ actual: 11, target: 12, source: 'src-002' })
    expect(cell('020', 'new_members', 2020)).toMatchObject({ actual: 676, target: 650 })
    expect(cell('019', 'welfare_spending', 2020)).toMatchObject({ actual: 3_521_450_000, source: 'src-003' })
    expect(cell('008', 'new_unions', 2024)).toMatchObject({ actual: 29, target: 20 })
  })

  it('writes nothing twice: a second seed fails and leaves the first intact', () => {
    const { db } = freshDb()
    const first = seedDemo(db)
    expect(() => seedDemo(db)).toThrow()
    expect(db.select({ n: count() }).from(figures).all()).toEqual([{ n: first.figures }])
  })
})
