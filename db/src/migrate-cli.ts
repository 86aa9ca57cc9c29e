// `pnpm db:migrate`: applies pending migrations to DATABASE_FILE (default data/ldld.db), keeps every row.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { migrateDatabase, openDatabase } from './client.ts'

const file = process.env.DATABASE_FILE ?? 'data/ldld.db'
mkdirSync(dirname(file), { recursive: true })
const db = openDatabase(file)
migrateDatabase(db)
db.$client.close()
console.log(`Đã cập nhật cấu trúc cơ sở dữ liệu: ${file}`)
