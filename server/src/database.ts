// Startup preparation of the SQLite file. A missing file becomes the demo database (figures, demo
// accounts, public view on). An existing file only gets pending migrations, so every row a user
// entered survives a restart or an upgrade; if it holds no units yet (`pnpm db:migrate` made it),
// it gets the reference data (units, indicators, sources) and never demo figures or demo accounts.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { count } from 'drizzle-orm'
import { migrateDatabase, openDatabase, type Db } from '@ldld/db/client'
import { organisations } from '@ldld/db/schema'
import { seedDemo, seedReference } from '@ldld/seed'
import { seedDemoAccess } from './demo.ts'

export interface PreparedDatabase {
  db: Db
  /** demo: created with demo data and accounts; reference: units and indicators added; existing: kept as is. */
  kind: 'demo' | 'reference' | 'existing'
}

export function prepareDatabase(file: string, log: (message: string) => void = () => {}): PreparedDatabase {
  const existed = existsSync(file)
  mkdirSync(dirname(file), { recursive: true })
  const db = openDatabase(file)
  try {
    migrateDatabase(db)
    if (!existed) {
      seedDemo(db)
      seedDemoAccess(db)
      log(
        `Đã tạo cơ sở dữ liệu mẫu tại ${file}: số liệu thật từ các bài báo nguồn và số liệu minh họa; ` +
          'tài khoản demo (admin, city, viewer, d007, d001 — mật khẩu demo1234), chế độ xem công khai bật.',
      )
      return { db, kind: 'demo' }
    }
    if (!hasOrganisations(db)) {
      seedReference(db)
      log(`Đã nạp danh mục đơn vị, chỉ tiêu và nguồn vào ${file} (chưa có số liệu, chưa có người dùng).`)
      return { db, kind: 'reference' }
    }
    log(`Đã mở cơ sở dữ liệu ${file} (giữ nguyên dữ liệu, đã áp dụng các bản cập nhật cấu trúc).`)
    return { db, kind: 'existing' }
  } catch (error) {
    db.$client.close()
    // A half-seeded new file would be taken for real data on the next start: remove it.
    if (!existed) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
    throw error
  }
}

function hasOrganisations(db: Db): boolean {
  const row = db.select({ n: count() }).from(organisations).get()
  return (row?.n ?? 0) > 0
}
