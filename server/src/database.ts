// Startup preparation of the SQLite file. A missing file becomes the demo database (figures, demo
// accounts, public view on) only where the caller allows it (the quick start's default path, or
// DEMO=true); anywhere else it is refused, because a typo in DATABASE_FILE must not create a demo
// with a published admin password. The demo is built whole in a temporary file and renamed into
// place, so an interrupted first start leaves nothing that looks like a database. An existing file
// only gets pending migrations, so every row survives a restart or an upgrade; if it holds no units
// yet (`pnpm db:migrate` made it), it gets the reference data (units, indicators, sources), never demo.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { count, eq, sql } from 'drizzle-orm'
import { migrateDatabase, openDatabase, stampDatabase, type Db } from '@ldld/db/client'
import { figures, organisations, users } from '@ldld/db/schema'
import { seedDemo, seedReference } from '@ldld/seed'
import { openExistingDatabase, StartupError, startupFailure } from './database-file.ts'
import { DEMO_PASSWORD, DEMO_USERS, seedDemoAccess } from './demo.ts'
import { syncFile } from './fs-sync.ts'

export { StartupError } from './database-file.ts'

export interface PreparedDatabase {
  db: Db
  /** demo: created with demo data and accounts; reference: units and indicators added; existing: kept as is. */
  kind: 'demo' | 'reference' | 'existing'
}

export interface PrepareOptions {
  /** May a missing file become the demo database? Otherwise a missing file is refused. */
  demo?: boolean
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal']

export function prepareDatabase(
  file: string,
  log: (message: string) => void = () => {},
  { demo = false }: PrepareOptions = {},
): PreparedDatabase {
  if (!existsSync(file)) {
    if (!demo) throw missingDatabase(file)
    buildDatabase(file, (db) => {
      seedDemo(db)
      seedDemoAccess(db)
    })
    log(
      `Đã tạo cơ sở dữ liệu mẫu tại ${file}: số liệu thật từ các bài báo nguồn và số liệu minh họa; ` +
        `tài khoản demo (${DEMO_USERS.map((u) => u.username).join(', ')} — mật khẩu ${DEMO_PASSWORD}), ` +
        'chế độ xem công khai bật.',
    )
    return { db: openExistingDatabase(file), kind: 'demo' }
  }
  const db = openExistingDatabase(file)
  try {
    const state = contents(db)
    if (state.users === 0 && hasIllustrativeFigures(db)) throw halfBuilt(file)
    if (state.organisations === 0) {
      seedReference(db)
      log(`Đã nạp danh mục đơn vị, chỉ tiêu và nguồn vào ${file} (chưa có số liệu, chưa có người dùng).`)
    } else {
      log(`Đã mở cơ sở dữ liệu ${file} (giữ nguyên dữ liệu, đã áp dụng các bản cập nhật cấu trúc).`)
    }
    if (state.users === 0) {
      log(
        `Cảnh báo: ${file} chưa có tài khoản nào. Tạo quản trị viên: ` +
          `DATABASE_FILE=${file} pnpm user:create --role admin --username … --display-name "…"`,
      )
    }
    return { db, kind: state.organisations === 0 ? 'reference' : 'existing' }
  } catch (error) {
    db.$client.close()
    throw startupFailure(file, error)
  }
}

function contents(db: Db) {
  const n = (row: { n: number } | undefined) => row?.n ?? 0
  return {
    organisations: n(db.select({ n: count() }).from(organisations).get()),
    users: n(db.select({ n: count() }).from(users).get()),
  }
}

/**
 * Whether any figure is illustrative: the first one found is enough. Asked only of a file without
 * accounts (counting them on a national file read every figure: ~75 ms of each start).
 */
function hasIllustrativeFigures(db: Db): boolean {
  return (
    db
      .select({ one: sql<number>`1` })
      .from(figures)
      .where(eq(figures.illustrative, true))
      .limit(1)
      .get() !== undefined
  )
}

function missingDatabase(file: string): StartupError {
  return new StartupError(
    `DATABASE_FILE=${file}: không có tệp này. Kiểm tra đường dẫn; cơ sở dữ liệu thật được tạo bằng ` +
      `DATABASE_FILE=${file} pnpm db:migrate rồi pnpm user:create --role admin … (xem README); ` +
      'muốn dữ liệu mẫu thì đặt DEMO=true. / no such file; check the path, or create a production database ' +
      'with pnpm db:migrate and pnpm user:create (see README), or set DEMO=true for the demo',
  )
}

function halfBuilt(file: string): StartupError {
  return new StartupError(
    `DATABASE_FILE=${file}: là cơ sở dữ liệu mẫu tạo dở (có số liệu minh họa nhưng không có tài khoản nào; ` +
      'lần khởi động đầu bị ngắt). Xóa tệp này (chưa có gì do người dùng nhập) rồi khởi động lại để tạo lại. / ' +
      'a demo database whose creation was interrupted; delete it and start again',
  )
}

/**
 * Makes a new database in `<file>.building` (schema, then `fill`) and renames it into place only
 * when it is complete: an interrupted build never leaves a file at `file`.
 */
export function buildDatabase(file: string, fill: (db: Db) => void): void {
  mkdirSync(dirname(file), { recursive: true })
  const building = `${file}.building`
  // A leftover from an interrupted start was never renamed, so nobody used it: start again.
  for (const suffix of SIDE_FILES) rmSync(`${building}${suffix}`, { force: true })
  let db: Db | undefined
  try {
    db = openDatabase(building)
    migrateDatabase(db)
    fill(db)
    stampDatabase(db.$client)
    // Back to a single self-contained file, so the rename moves everything.
    db.$client.pragma('journal_mode = DELETE')
    db.$client.close()
    syncFile(building)
    renameSync(building, file)
    syncFile(dirname(file))
  } catch (error) {
    if (db?.$client.open) db.$client.close()
    for (const suffix of SIDE_FILES) rmSync(`${building}${suffix}`, { force: true })
    throw startupFailure(file, error)
  }
}
