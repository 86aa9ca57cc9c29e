// `pnpm db:migrate`: creates a production database (schema only: no users, no figures, public view
// off) or applies pending migrations to an existing one, keeping every row. A new file is built
// under a temporary name and renamed, so an interrupted run leaves nothing half made.
import { existsSync } from 'node:fs'
import { openExistingDatabase, StartupError } from '../database-file.ts'
import { buildDatabase } from '../database.ts'
import { readEnv } from '../env.ts'

const file = readEnv().DATABASE_FILE
try {
  if (existsSync(file)) {
    openExistingDatabase(file).$client.close()
    console.log(`Đã cập nhật cấu trúc cơ sở dữ liệu: ${file} (giữ nguyên mọi dòng dữ liệu).`)
  } else {
    buildDatabase(file, () => {})
    console.log(
      `Đã tạo cơ sở dữ liệu ${file} (chưa có người dùng). Tiếp theo: ` +
        `DATABASE_FILE=${file} pnpm user:create --role admin --username … --display-name "…"`,
    )
  }
} catch (error) {
  console.error(
    error instanceof StartupError ? error.message : `Không cập nhật được ${file}: ${String(error)}`,
  )
  process.exitCode = 1
}
