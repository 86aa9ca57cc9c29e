// `pnpm db:restore <file>`: puts a backup in place of DATABASE_FILE. The backup is checked first
// (integrity, ours, not from a newer version); the server must be stopped (the lock says so); the
// current file is kept beside it as `<file>.before-restore-<time>`, so a wrong restore is undone by
// moving it back. An older backup is migrated by the next start, like an upgrade.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { checkBackup } from './backup.ts'
import { syncFile } from './fs-sync.ts'
import { StartupError } from './database-file.ts'
import { lockDatabase } from './database-lock.ts'

export interface RestoreResult {
  /** Where the file that was replaced now is (undefined when there was none). */
  previous: string | undefined
  users: number
}

const SIDE_FILES = ['-wal', '-shm']

export function restoreDatabase(backup: string, target: string, now = new Date()): RestoreResult {
  const check = checkBackup(backup)
  if (check.problems.length > 0) {
    throw new StartupError(
      `Không khôi phục ${backup}: ${check.problems.join('; ')}. Cơ sở dữ liệu ${target} giữ nguyên.`,
    )
  }
  const lock = lockDatabase(target, 'restore')
  try {
    let previous: string | undefined
    if (existsSync(target)) {
      // Fold the WAL into the file so the kept copy is whole by itself.
      const current = new Database(target, { fileMustExist: true })
      current.pragma('wal_checkpoint(TRUNCATE)')
      current.pragma('journal_mode = DELETE')
      current.close()
      previous = `${target}.before-restore-${now.toISOString().replaceAll(':', '-')}`
      renameSync(target, previous)
    }
    for (const suffix of SIDE_FILES) rmSync(`${target}${suffix}`, { force: true })
    const incoming = `${target}.restoring`
    rmSync(incoming, { force: true })
    // Through SQLite rather than a file copy: a backup that still has its -wal beside it is read whole.
    const source = new Database(backup, { readonly: true, fileMustExist: true })
    try {
      source.prepare('VACUUM INTO ?').run(incoming)
    } finally {
      source.close()
    }
    syncFile(incoming)
    renameSync(incoming, target)
    syncFile(dirname(target))
    return { previous, users: check.users }
  } finally {
    lock.release()
  }
}
