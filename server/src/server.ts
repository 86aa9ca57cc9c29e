// Entry point: reads the environment, takes the database lock, prepares the database, listens, and
// closes cleanly on SIGINT/SIGTERM so SQLite checkpoints its WAL and no request is cut off mid-answer.
// A refusal to start is one line naming the file or variable and the fix, never a stack trace.
import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildApp } from './app.ts'
import { startBackupSchedule } from './backup-schedule.ts'
import { startupFailure } from './database-file.ts'
import { lockDatabase, type DatabaseLock } from './database-lock.ts'
import { prepareDatabase, type PreparedDatabase } from './database.ts'
import { mayCreateDemo, readEnv, startupWarnings } from './env.ts'
import { loggerOptions } from './plugins/request-log.ts'
import { describeTrustProxy } from './trust-proxy.ts'

const SHUTDOWN_TIMEOUT_MS = 10_000

const env = readEnv()

function refuse(error: unknown): never {
  console.error(startupFailure(env.DATABASE_FILE, error).message)
  process.exit(1)
}

let lock: DatabaseLock
let prepared: PreparedDatabase
try {
  // The lock sits beside the database; a folder that does not exist yet (the quick start's data/)
  // holds no database to protect, and prepareDatabase creates it or refuses the path.
  const folderExists = existsSync(dirname(env.DATABASE_FILE))
  const early = folderExists ? lockDatabase(env.DATABASE_FILE, 'server') : undefined
  prepared = prepareDatabase(env.DATABASE_FILE, (message) => console.log(message), {
    demo: mayCreateDemo(env),
  })
  lock = early ?? lockDatabase(env.DATABASE_FILE, 'server')
} catch (error) {
  refuse(error)
}
const { db } = prepared
for (const warning of startupWarnings(env)) console.warn(warning)

const app = await buildApp({
  db,
  webDist: env.WEB_DIST,
  logger: loggerOptions(env.LOG_LEVEL),
  trustProxy: env.TRUST_PROXY,
  checkContracts: env.CHECK_CONTRACTS,
  renderPages: env.RENDER_PAGES,
})
const stopBackups =
  env.BACKUP_DIR === undefined
    ? () => {}
    : startBackupSchedule({
        file: env.DATABASE_FILE,
        dir: env.BACKUP_DIR,
        intervalHours: env.BACKUP_INTERVAL_HOURS,
        keep: env.BACKUP_KEEP,
        log: app.log,
      })

let closing = false
async function shutdown(signal: string): Promise<void> {
  if (closing) return
  closing = true
  app.log.info({ signal }, 'Đang dừng máy chủ…')
  stopBackups()
  // A stuck connection must not keep the process alive forever.
  setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref()
  try {
    await app.close()
  } finally {
    db.$client.close()
    lock.release()
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    shutdown(signal).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exitCode = 1
    })
  })
}

try {
  await app.listen({ port: env.PORT, host: env.HOST })
} catch (error) {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  console.error(
    code === 'EADDRINUSE'
      ? `PORT=${env.PORT}: cổng đang được dùng. Đặt PORT khác, ví dụ: PORT=3001 pnpm start / port in use`
      : code === 'EACCES'
        ? `PORT=${env.PORT}: không được phép mở cổng này (cổng dưới 1024 cần quyền root); dùng cổng ≥ 1024 sau nginx / permission denied`
        : `HOST=${env.HOST} PORT=${env.PORT}: không mở được cổng (${error instanceof Error ? error.message : String(error)})`,
  )
  db.$client.close()
  process.exit(1)
}

// Print the address a person can click: localhost for the wildcard and loopback hosts.
const address = app.server.address()
const port = address !== null && typeof address === 'object' ? address.port : env.PORT
const host = ['0.0.0.0', '::', 'localhost'].includes(env.HOST) ? 'localhost' : env.HOST
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
console.log(
  `Bảng điều khiển: ${url}  ·  Tài liệu API: ${url}/api/docs  ·  ${describeTrustProxy(env.TRUST_PROXY)}` +
    (env.BACKUP_DIR === undefined
      ? ''
      : `  ·  sao lưu mỗi ${env.BACKUP_INTERVAL_HOURS} giờ vào ${env.BACKUP_DIR}`),
)
