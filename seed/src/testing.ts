// Helpers shared by the seed's tests (never imported by seed code).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrateDatabase, openDatabase, type Db } from '@ldld/db/client'
import { SOURCES } from './sources.ts'

/** A source's `file` is stored relative to the repository root; this module sits in seed/src/. */
export function repoPath(file: string): string {
  return fileURLToPath(new URL(`../../${file}`, import.meta.url))
}

/** The copied article text behind a source slug. */
export function articleText(slug: string): string {
  const file = SOURCES.find((s) => s.slug === slug)?.file
  if (!file) throw new Error(`No article file for source ${slug}`)
  return readFileSync(repoPath(file), 'utf8')
}

/** A fresh migrated SQLite file in a temporary folder, and a function that removes it. */
export function tempDatabase(): { db: Db; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ldld-seed-'))
  const db = openDatabase(join(dir, 'test.db'))
  migrateDatabase(db)
  return {
    db,
    dir,
    cleanup: () => {
      db.$client.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
