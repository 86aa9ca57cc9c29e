// Entry point of `pnpm db:seed [--reset]` (see admin/demo-database.ts).
import { seedDemoDatabase } from '../admin/demo-database.ts'
import { readEnv } from '../env.ts'

process.exitCode = seedDemoDatabase(readEnv().DATABASE_FILE, process.argv.includes('--reset'), (line) =>
  console.log(line),
)
