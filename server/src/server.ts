// Entry point: reads the environment, prepares the database, listens, and closes cleanly on
// SIGINT/SIGTERM so SQLite checkpoints its WAL and no request is cut off mid-answer.
import { buildApp } from './app.ts'
import { prepareDatabase } from './database.ts'
import { readEnv } from './env.ts'

const SHUTDOWN_TIMEOUT_MS = 10_000

const env = readEnv()
const { db } = prepareDatabase(env.DATABASE_FILE, (message) => console.log(message))
const app = await buildApp({
  db,
  webDist: env.WEB_DIST,
  logger: { level: env.LOG_LEVEL },
  trustProxy: env.TRUST_PROXY,
})

let closing = false
async function shutdown(signal: string): Promise<void> {
  if (closing) return
  closing = true
  app.log.info({ signal }, 'Đang dừng máy chủ…')
  // A stuck connection must not keep the process alive forever.
  setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref()
  try {
    await app.close()
  } finally {
    db.$client.close()
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    shutdown(signal).catch((error: unknown) => {
      console.error(error)
      process.exitCode = 1
    })
  })
}

try {
  await app.listen({ port: env.PORT, host: env.HOST })
} catch (error) {
  const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
  console.error(
    inUse
      ? `Cổng ${env.PORT} đang được dùng. Đặt PORT khác, ví dụ: PORT=3001 pnpm start / Port ${env.PORT} is in use.`
      : error,
  )
  db.$client.close()
  process.exit(1)
}

// Print the address a person can click: localhost for the wildcard and loopback hosts.
const address = app.server.address()
const port = address !== null && typeof address === 'object' ? address.port : env.PORT
const host = ['0.0.0.0', '::', 'localhost'].includes(env.HOST) ? 'localhost' : env.HOST
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
console.log(`Bảng điều khiển: ${url}  ·  Tài liệu API: ${url}/api/docs`)
