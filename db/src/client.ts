// Node-only: opens the SQLite file and applies the committed migrations. Never imported by web/.
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { fileURLToPath } from 'node:url'
import * as schema from './schema/index.ts'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

/** SQLite's `application_id` of our files ("LDLD"): tells our database from any other SQLite file. */
export const APPLICATION_ID = 0x4c444c44

export interface OpenOptions {
  /**
   * FULL (the default) syncs the WAL at every commit, so a save acknowledged to a user survives a
   * power cut; NORMAL may lose the last commits. Only the benchmark asks for NORMAL, to price FULL.
   */
  synchronous?: 'FULL' | 'NORMAL'
  /** Refuse to create the file (a typo in a path must not make an empty database). */
  fileMustExist?: boolean
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const sqlite = new Database(file, { fileMustExist: options.fileMustExist ?? false })
  // WAL lets readers go on while a report is saved; busy_timeout rides out a concurrent writer.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`)
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // Reads of a large file (a national one: 140 MB, a level's figures scattered over it) go through
  // memory-mapped pages instead of a read() per page missing from SQLite's 2 MB cache (issue 8).
  sqlite.pragma('mmap_size = 268435456')
  return drizzle(sqlite, { schema })
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder })
}

/** The newest migration this build knows (drizzle's `created_at`, the journal's `when`). */
export function knownSchemaVersion(): number {
  return Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis))
}

/** The newest migration applied to the file; 0 for a file no migration has touched. */
export function appliedSchemaVersion(sqlite: Database.Database): number {
  const table = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .pluck()
    .get()
  if (table === undefined) return 0
  const newest = sqlite.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get()
  return typeof newest === 'number' ? newest : Number(newest ?? 0)
}

export function applicationId(sqlite: Database.Database): number {
  return Number(sqlite.pragma('application_id', { simple: true }))
}

/**
 * Marks the file as ours. It is a real write to the file, so it also proves at start that the
 * file and its folder are writable (SQLITE_READONLY, SQLITE_FULL otherwise).
 */
export function stampDatabase(sqlite: Database.Database): void {
  sqlite.pragma(`application_id = ${APPLICATION_ID}`)
}

export { schema }
