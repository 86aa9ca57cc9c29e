import { eq, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import { settings } from '@ldld/db/schema'

const PUBLIC_READ = 'public_read'

export function createSettingsRepository(db: Db) {
  const byKey = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare()

  return {
    /** Whether anonymous visitors may read the dashboard. Missing means off: a new production database is closed. */
    publicRead(): boolean {
      return byKey.get({ key: PUBLIC_READ })?.value === 'true'
    },
    setPublicRead(on: boolean): void {
      const value = JSON.stringify(on)
      db.insert(settings)
        .values({ key: PUBLIC_READ, value })
        .onConflictDoUpdate({ target: settings.key, set: { value } })
        .run()
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
