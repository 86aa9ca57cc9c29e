import { asc, eq, max, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { Indicator } from '@ldld/db/contracts'
import { indicators } from '@ldld/db/schema'

/**
 * `revision` (the data revision): the catalogue is read once per revision (every dashboard asks for
 * it; issue 8), and again after this repository adds an indicator, even before that commit.
 */
export function createIndicatorRepository(db: Db, revision?: () => string) {
  const all = db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.key)).prepare()
  const byKey = db
    .select()
    .from(indicators)
    .where(eq(indicators.key, sql.placeholder('key')))
    .prepare()

  let kept: { revision: string; list: readonly Indicator[] } | undefined

  return {
    /** Every indicator in display order (sortOrder), whatever year it started; shared: never change it. */
    list(): readonly Indicator[] {
      if (!revision) return all.all()
      const now = revision()
      if (kept?.revision !== now) kept = { revision: now, list: Object.freeze(all.all()) }
      return kept.list
    },
    findByKey(key: string): Indicator | undefined {
      return byKey.get({ key })
    },
    /** Adds an indicator at the end of the display order. */
    insert(indicator: Omit<Indicator, 'sortOrder'>): Indicator {
      kept = undefined
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
