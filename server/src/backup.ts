// Online backups and their checks. VACUUM INTO reads one consistent snapshot inside a read
// transaction, so the server keeps saving while it runs (WAL) and the copy holds every commit made
// before it started; copying the file with cp while the server writes lost saves. SQLite does not
// fsync the result, so it is written under a temporary name, synced, then renamed.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { applicationId, appliedSchemaVersion, APPLICATION_ID, knownSchemaVersion } from '@ldld/db/client'
import { syncFile } from './fs-sync.ts'

export interface BackupResult {
  file: string
  bytes: number
  ms: number
}

/** Scheduled and default backups are named so; rotation deletes only files of this pattern. */
const BACKUP_NAME = /^ldld-\d{8}-\d{6}Z\.db$/

export function backupFileName(at: Date): string {
  const iso = at.toISOString() // 2026-12-01T03:04:05.678Z
  return `ldld-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}Z.db`
}

export function backupDatabase(source: string, target: string): BackupResult {
  const started = performance.now()
  if (existsSync(target))
    throw new Error(`Tệp ${target} đã có; chọn tên khác để không ghi đè bản sao lưu cũ.`)
  mkdirSync(dirname(target), { recursive: true })
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  const sqlite = new Database(source, { fileMustExist: true })
  try {
    sqlite.pragma('busy_timeout = 5000')
    sqlite.prepare('VACUUM INTO ?').run(partial)
  } finally {
    sqlite.close()
  }
  syncFile(partial)
  renameSync(partial, target)
  syncFile(dirname(target))
  return { file: target, bytes: statSync(target).size, ms: performance.now() - started }
}

export interface BackupCheck {
  /** Problems that make the file unfit to restore; empty when it is fit. */
  problems: string[]
  schemaVersion: number
  users: number
}

/** Integrity, identity and schema version of a backup, before anything is replaced. */
export function checkBackup(file: string): BackupCheck {
  if (!existsSync(file)) return { problems: [`không có tệp ${file}`], schemaVersion: 0, users: 0 }
  let sqlite: Database.Database | undefined
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true })
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok')
      return { problems: [`tệp bị hỏng (${String(integrity)})`], schemaVersion: 0, users: 0 }
    const schemaVersion = appliedSchemaVersion(sqlite)
    const problems: string[] = []
    const id = applicationId(sqlite)
    if ((id !== 0 && id !== APPLICATION_ID) || schemaVersion === 0) {
      problems.push('không phải cơ sở dữ liệu của ứng dụng này')
    } else if (schemaVersion > knownSchemaVersion()) {
      problems.push('do một phiên bản mới hơn của ứng dụng ghi; cài phiên bản đó để khôi phục')
    }
    const users = problems.length > 0 ? 0 : Number(sqlite.prepare('SELECT count(*) FROM users').pluck().get())
    return { problems, schemaVersion, users }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      problems: [`không đọc được như một cơ sở dữ liệu SQLite (${reason})`],
      schemaVersion: 0,
      users: 0,
    }
  } finally {
    sqlite?.close()
  }
}

/** Deletes the oldest scheduled backups beyond `keep`; other files in the folder are never touched. */
export function rotateBackups(dir: string, keep: number): string[] {
  const named = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
  const removed = named.slice(keep).map((name) => join(dir, name))
  for (const file of removed) rmSync(file, { force: true })
  return removed
}

/** When the newest scheduled backup in `dir` was made (ms since epoch), or undefined. */
export function newestBackupTime(dir: string): number | undefined {
  if (!existsSync(dir)) return undefined
  const times = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(basename(name)))
    .map((name) => statSync(join(dir, name)).mtimeMs)
  return times.length > 0 ? Math.max(...times) : undefined
}
