// `pnpm db:seed [--reset]`: a working demo in DATABASE_FILE — the demo data, the demo accounts and
// the public view, exactly as a first `pnpm start` makes it. An existing database with units or
// accounts is kept; `--reset` deletes the file (and its WAL) and builds the demo anew. Deleting the
// file, not the rows, is what makes the reset work: history is append-only (triggers refuse DELETE)
// and users, sessions, reports and history all point at units.
import { existsSync, rmSync } from 'node:fs'
import { count } from 'drizzle-orm'
import { migrateDatabase, openDatabase, type Db } from '@ldld/db/client'
import { figures, organisations, reports, users } from '@ldld/db/schema'
import { seedDemo } from '@ldld/seed'
import { buildDatabase } from '../database.ts'
import { openExistingDatabase } from '../database-file.ts'
import { DEMO_PASSWORD, DEMO_USERS, seedDemoAccess } from '../demo.ts'

const SUFFIXES = ['', '-wal', '-shm']

function rows(db: Db) {
  const n = (table: typeof figures | typeof organisations | typeof reports | typeof users) =>
    db.select({ n: count() }).from(table).get()?.n ?? 0
  return { units: n(organisations), figures: n(figures), reports: n(reports), users: n(users) }
}

function removeFile(file: string, log: (line: string) => void): void {
  const db = openDatabase(file)
  const before = (() => {
    try {
      migrateDatabase(db)
      return rows(db)
    } finally {
      db.$client.close()
    }
  })()
  for (const suffix of SUFFIXES) rmSync(`${file}${suffix}`, { force: true })
  log(
    `Đã xóa cơ sở dữ liệu cũ ${file}: ${before.units} đơn vị, ${before.figures} ô số liệu, ` +
      `${before.reports} báo cáo, ${before.users} tài khoản.`,
  )
}

type Seeded = ReturnType<typeof seedDemo>

function seedInto(db: Db): Seeded {
  const n = seedDemo(db)
  seedDemoAccess(db)
  return n
}

function logSeeded(file: string, n: Seeded, ms: number, log: (line: string) => void): void {
  log(
    `Đã nạp dữ liệu mẫu vào ${file} (${ms} ms): ${n.organisations} đơn vị, ${n.indicators} chỉ tiêu, ` +
      `${n.figures} ô số liệu, trong đó ${n.real} số liệu thật có nguồn, còn lại là dữ liệu minh họa; ` +
      `${n.reports} báo cáo năm 2026.`,
  )
  log(
    `Tài khoản demo (mật khẩu ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}. ` +
      'Chế độ xem công khai: bật.',
  )
}

/**
 * Seeds the demo into `file`; returns the process exit code. A new file is built whole in a
 * temporary file and renamed into place (as the server's first start does), so an interrupted seed
 * leaves nothing behind; an empty existing file (made by `pnpm db:migrate`) is filled in place.
 */
export function seedDemoDatabase(file: string, reset: boolean, log: (line: string) => void): number {
  if (reset && existsSync(file)) removeFile(file, log)
  const started = performance.now()
  if (!existsSync(file)) {
    let seeded: Seeded | undefined
    buildDatabase(file, (db) => {
      seeded = seedInto(db)
    })
    if (seeded) logSeeded(file, seeded, Math.round(performance.now() - started), log)
    return 0
  }
  const db = openExistingDatabase(file)
  try {
    const present = rows(db)
    if (present.units > 0 || present.users > 0) {
      log(`Cơ sở dữ liệu ${file} đã có dữ liệu: giữ nguyên, không nạp dữ liệu mẫu.`)
      log('Muốn xóa và nạp lại từ đầu (mất mọi dữ liệu trong tệp này), chạy: pnpm db:seed --reset')
      return 0
    }
    const seeded = seedInto(db)
    logSeeded(file, seeded, Math.round(performance.now() - started), log)
    return 0
  } finally {
    db.$client.close()
  }
}
