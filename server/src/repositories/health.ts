import type { Db } from '@ldld/db/client'

export function createHealthRepository(db: Db) {
  const ping = db.$client.prepare('SELECT 1').pluck()
  return {
    /** True when SQLite answers a trivial query. */
    databaseAnswers(): boolean {
      try {
        return ping.get() === 1
      } catch {
        return false
      }
    },
  }
}
