// What a SQLite failure means for the people using the app. A read-only or full disk is not a bug
// of the request: the user gets a 503 saying so in Vietnamese (not a 500), /api/health reports the
// same state, and nothing already saved is touched.
import type { DATABASE_PROBLEM_STATES } from '@ldld/db/contracts'

export type DatabaseProblem = (typeof DATABASE_PROBLEM_STATES)[number]
export type DatabaseState = 'ok' | DatabaseProblem

const ASK_ADMIN = 'Hãy báo quản trị hệ thống; dữ liệu đã lưu trước đó vẫn an toàn.'

export const PROBLEM_ANSWERS: Record<DatabaseProblem, { code: string; message: string }> = {
  read_only: {
    code: 'database_read_only',
    message: `Máy chủ đang ở chế độ chỉ đọc nên chưa lưu được thay đổi. ${ASK_ADMIN}`,
  },
  full: {
    code: 'disk_full',
    message: `Ổ đĩa của máy chủ đã đầy nên chưa lưu được thay đổi. ${ASK_ADMIN}`,
  },
  io_error: {
    code: 'database_io_error',
    message: `Máy chủ không ghi được vào ổ đĩa nên chưa lưu được thay đổi. ${ASK_ADMIN}`,
  },
  busy: {
    code: 'database_busy',
    message: 'Cơ sở dữ liệu đang bận (đang sao lưu hoặc cập nhật). Vui lòng thử lại sau ít phút.',
  },
  unreachable: {
    code: 'database_unavailable',
    message: `Máy chủ không đọc được cơ sở dữ liệu. ${ASK_ADMIN}`,
  },
}

/** SQLite's result code of an error, also when a library wrapped it (drizzle puts it in `cause`). */
export function sqliteCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    const code = 'code' in e ? e.code : undefined
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code
    e = e.cause
  }
  return undefined
}

/** Failures of the machine, not of the request; other SQLite errors (constraints…) stay 500s. */
export function problemOf(error: unknown): DatabaseProblem | undefined {
  const code = sqliteCode(error)
  if (code === undefined) return undefined
  if (code.startsWith('SQLITE_READONLY')) return 'read_only'
  if (code === 'SQLITE_FULL') return 'full'
  if (code.startsWith('SQLITE_IOERR')) return 'io_error'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy'
  if (['SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB'].some((c) => code.startsWith(c))) {
    return 'unreachable'
  }
  return undefined
}
