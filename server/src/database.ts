// Startup preparation of the SQLite file: a new file gets the schema and the demo data; an existing
// one only gets pending migrations, so every row a user entered survives a restart or an upgrade.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { count } from 'drizzle-orm'
import { migrateDatabase, openDatabase, type Db } from '@ldld/db/client'
import { organisations } from '@ldld/db/schema'
import { seedDemo } from '@ldld/seed'

export interface PreparedDatabase {
  db: Db
  /** True when the demo data was inserted on this start. */
  seeded: boolean
}

export function prepareDatabase(file: string, log: (message: string) => void = () => {}): PreparedDatabase {
  const existed = existsSync(file)
  mkdirSync(dirname(file), { recursive: true })
  const db = openDatabase(file)
  try {
    migrateDatabase(db)
    // `pnpm db:migrate` creates an empty file; a file without a single unit is treated as new.
    if (existed && hasOrganisations(db)) {
      log(`Đã mở cơ sở dữ liệu ${file} (giữ nguyên dữ liệu, đã áp dụng các bản cập nhật cấu trúc).`)
      return { db, seeded: false }
    }
    seedDemo(db)
    log(`Đã tạo cơ sở dữ liệu mẫu tại ${file}: số liệu thật từ các bài báo nguồn và số liệu minh họa.`)
    return { db, seeded: true }
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
