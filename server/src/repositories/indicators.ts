import { asc, eq, max, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { Indicator } from '@ldld/db/contracts'
import { indicators } from '@ldld/db/schema'

export function createIndicatorRepository(db: Db) {
  const all = db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.key)).prepare()
  const byKey = db
    .select()
    .from(indicators)
    .where(eq(indicators.key, sql.placeholder('key')))
    .prepare()

  return {
    /** Every indicator in display order (sortOrder), whatever year it started. */
    list(): Indicator[] {
      return all.all()
    },
    findByKey(key: string): Indicator | undefined {
      return byKey.get({ key })
    },
    /** Adds an indicator at the end of the display order. */
    insert(indicator: Omit<Indicator, 'sortOrder'>): Indicator {
      const last =
        db
          .select({ n: max(indicators.sortOrder) })
          .from(indicators)
          .get()?.n ?? 0
      return db
        .insert(indicators)
        .values({ ...indicator, sortOrder: last + 1 })
        .returning()
        .get()
    },
  }
}

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>
