// `pnpm db:seed` (node seed/src/cli.ts [--reset]): migrates the database and loads the demo data set
// when it is empty. An existing database is never touched without --reset, so running the seed
// twice, or against a database someone has entered real figures into, cannot lose work.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { count } from 'drizzle-orm'
import { migrateDatabase, openDatabase, type Db } from '@ldld/db/client'
import { figures, indicators, organisations, sources } from '@ldld/db/schema'
import { seedDemo } from './index.ts'

const DEFAULT_FILE = 'data/ldld.db'

/** Deletes children before parents (figures point at the other three). Returns rows deleted per table. */
function resetAll(db: Db): Record<string, number> {
  return db.transaction((tx) => ({
    'số liệu': tx.delete(figures).run().changes,
    nguồn: tx.delete(sources).run().changes,
    'chỉ tiêu': tx.delete(indicators).run().changes,
    'đơn vị': tx.delete(organisations).run().changes,
  }))
}

function main(argv: readonly string[]): void {
  const reset = argv.includes('--reset')
  // The seed runs outside the server, so it reads its one setting here rather than via server/env.ts.
  const file = resolve(process.env.DATABASE_FILE || DEFAULT_FILE)
  mkdirSync(dirname(file), { recursive: true })
  const db = openDatabase(file)
  try {
    migrateDatabase(db)
    if (reset) {
      const deleted = resetAll(db)
      const summary = Object.entries(deleted)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ')
      console.log(`Đã xóa toàn bộ dữ liệu cũ: ${summary}.`)
    }
    const [existing] = db.select({ n: count() }).from(organisations).all()
    if ((existing?.n ?? 0) > 0) {
      console.log(`Cơ sở dữ liệu ${file} đã có dữ liệu: giữ nguyên, không nạp dữ liệu mẫu.`)
      console.log('Muốn xóa và nạp lại từ đầu, chạy: pnpm db:seed --reset')
      return
    }
    const started = performance.now()
    const n = seedDemo(db)
    const ms = Math.round(performance.now() - started)
    console.log(
      `Đã nạp dữ liệu mẫu vào ${file} (${ms} ms): ${n.organisations} đơn vị, ${n.indicators} chỉ tiêu, ` +
        `${n.figures} ô số liệu, trong đó ${n.real} số liệu thật có nguồn, còn lại là dữ liệu minh họa.`,
    )
  } finally {
    db.$client.close()
  }
}

main(process.argv.slice(2))
