// What "the data changed" means for the response cache. SQLite's `PRAGMA data_version` moves when
// another connection commits (a seed run, an import script, a second server process) but not for
// this connection's own writes, so writes made in this process bump a counter as well.
import type { Db } from '@ldld/db/client'

type Sqlite = Db['$client']

const localWrites = new WeakMap<Sqlite, number>()

/** Call after every write made through `db` (future PUT/POST routes, admin tasks in this process). */
export function bumpDataRevision(db: Db): void {
  localWrites.set(db.$client, (localWrites.get(db.$client) ?? 0) + 1)
}

/** Returns a reader of the current revision: equal strings mean no committed change in between. */
export function createDataRevision(db: Db): () => string {
  const dataVersion = db.$client.prepare('PRAGMA data_version').pluck()
  return () => `${String(dataVersion.get())}.${localWrites.get(db.$client) ?? 0}`
}

/**
 * A value read from the database once per data revision: for reads on every request (the public-view
 * setting is checked on each anonymous dashboard hit) that only a commit can change.
 */
export function memoByRevision<T>(revision: () => string, read: () => T): () => T {
  let cached: { revision: string; value: T } | undefined
  return () => {
    const now = revision()
    if (cached?.revision !== now) cached = { revision: now, value: read() }
    return cached.value
  }
}
