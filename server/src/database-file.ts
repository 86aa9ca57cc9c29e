// Opening DATABASE_FILE at start, with every way it can be wrong turned into one line that names the
// file and the fix: not a database, not ours, written by a newer version, read-only, disk full.
import type Database from 'better-sqlite3'
import {
  applicationId,
  appliedSchemaVersion,
  APPLICATION_ID,
  knownSchemaVersion,
  migrateDatabase,
  openDatabase,
  stampDatabase,
  type Db,
} from '@ldld/db/client'
import { problemOf, sqliteCode } from './database-state.ts'

/** A refusal to start: `message` is the one line the operator reads (no stack trace). */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StartupError'
  }
}

/** The one line for a SQLite failure while opening or preparing `file`. */
export function startupFailure(file: string, error: unknown): StartupError {
  if (error instanceof StartupError) return error
  const where = `DATABASE_FILE=${file}`
  const code = sqliteCode(error)
  const problem = problemOf(error)
  const say = (vi: string, en: string) => new StartupError(`${where}: ${vi} / ${en}`, { cause: error })
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return say(
      'không phải tệp cơ sở dữ liệu SQLite hoặc đã hỏng. Kiểm tra đường dẫn, hoặc khôi phục bản sao lưu: pnpm db:restore <tệp>',
      'not an SQLite database or damaged; check the path or restore a backup',
    )
  }
  if (problem === 'read_only') {
    return say(
      'chỉ đọc, không ghi được. Cho người chạy dịch vụ quyền ghi tệp này và thư mục chứa nó (ví dụ chown -R ldld: <thư mục>)',
      'read-only; give the service user write access to the file and its folder',
    )
  }
  if (problem === 'full' || problem === 'io_error') {
    return say(
      'không ghi được vào ổ đĩa (đầy hoặc lỗi). Giải phóng chỗ trống trên ổ đĩa rồi khởi động lại',
      'cannot write to the disk (full or failing); free some space and start again',
    )
  }
  if (code?.startsWith('SQLITE_CANTOPEN')) {
    return say(
      'không mở được. Thư mục chứa tệp phải tồn tại và cho phép ghi (SQLite tạo tệp -wal, -shm bên cạnh)',
      'cannot be opened; its folder must exist and be writable',
    )
  }
  if (problem === 'busy') {
    return say(
      'đang bị tiến trình khác khóa. Dừng tiến trình đó (một máy chủ khác, lệnh khôi phục) rồi thử lại',
      'locked by another process; stop it and try again',
    )
  }
  const reason = error instanceof Error ? error.message : String(error)
  return say(`không chuẩn bị được cơ sở dữ liệu (${reason})`, 'cannot prepare the database')
}

/** Refuses a file that is not ours or was written by a newer version of the app. */
function checkIdentity(file: string, sqlite: Database.Database): void {
  const id = applicationId(sqlite)
  const tables = Number(
    sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table'`).pluck().get(),
  )
  const applied = appliedSchemaVersion(sqlite)
  if ((id !== 0 && id !== APPLICATION_ID) || (id === 0 && tables > 0 && applied === 0)) {
    throw new StartupError(
      `DATABASE_FILE=${file}: là một tệp SQLite khác, không phải cơ sở dữ liệu của ứng dụng này. Kiểm tra đường dẫn. / ` +
        'an SQLite file of another application; check the path',
    )
  }
  if (applied > knownSchemaVersion()) {
    throw new StartupError(
      `DATABASE_FILE=${file}: do một phiên bản mới hơn của ứng dụng ghi (cấu trúc ${new Date(applied).toISOString()}). ` +
        'Cài lại phiên bản mới đó, hoặc khôi phục bản sao lưu làm trước khi nâng cấp: pnpm db:restore <tệp> / ' +
        'written by a newer version of the app; run that version or restore a backup',
    )
  }
}

/**
 * Opens an existing file and makes it ready for this build: identity and version checked, write
 * access proven (a real write), pending migrations applied. Throws a StartupError on any problem.
 */
export function openExistingDatabase(file: string): Db {
  let db: Db | undefined
  try {
    db = openDatabase(file, { fileMustExist: true })
    checkIdentity(file, db.$client)
    stampDatabase(db.$client)
    migrateDatabase(db)
    return db
  } catch (error) {
    db?.$client.close()
    throw startupFailure(file, error)
  }
}
