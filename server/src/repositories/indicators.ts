import { asc, eq, sql } from 'drizzle-orm'
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
  }
}

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>
