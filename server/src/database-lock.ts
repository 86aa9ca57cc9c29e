// One process at a time owns DATABASE_FILE: the server while it runs, `pnpm db:restore` while it
// replaces the file. The lock is SQLite's own exclusive lock on `<file>.lock` (an fcntl lock), so
// the system releases it when the process ends, even on kill -9 or a power cut: no stale pid file.
import Database from 'better-sqlite3'
import { StartupError } from './database-file.ts'

export interface DatabaseLock {
  release(): void
}

/** Takes the lock or throws a StartupError saying who holds it (`holder`: what the caller is). */
export function lockDatabase(file: string, holder: 'server' | 'restore'): DatabaseLock {
  const lockFile = `${file}.lock`
  const sqlite = new Database(lockFile)
  try {
    sqlite.pragma('busy_timeout = 0')
    sqlite.pragma('journal_mode = MEMORY')
    sqlite.pragma('locking_mode = EXCLUSIVE')
    // In EXCLUSIVE locking mode the lock taken here is kept until the connection closes.
    sqlite.exec('BEGIN EXCLUSIVE; COMMIT')
  } catch (error) {
    sqlite.close()
    const busy = error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY')
    if (!busy) throw error
    throw new StartupError(
      holder === 'server'
        ? `DATABASE_FILE=${file}: đang được một tiến trình khác dùng (một máy chủ khác, hoặc pnpm db:restore). ` +
            'Dừng tiến trình đó trước. / in use by another process (another server or a restore); stop it first'
        : `DATABASE_FILE=${file}: máy chủ đang chạy trên tệp này. Dừng máy chủ trước khi khôi phục ` +
            '(ví dụ: sudo systemctl stop ldld). / the server is running on this file; stop it before restoring',
    )
  }
  return {
    release() {
      if (sqlite.open) sqlite.close()
    },
  }
}
