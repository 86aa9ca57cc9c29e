// Node-only: opens the SQLite file and applies the committed migrations. Never imported by web/.
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { fileURLToPath } from 'node:url'
import * as schema from './schema/index.ts'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

export function openDatabase(file: string): Db {
  const sqlite = new Database(file)
  // WAL lets readers go on while a report is saved; busy_timeout rides out a concurrent writer.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return drizzle(sqlite, { schema })
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder })
}

export { schema }
