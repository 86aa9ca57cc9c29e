// The only module that reads process.env. Paths default to the repository, not the current
// directory, because `pnpm --filter @ldld/server start` runs from server/ while scripts run from the root.
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { parseTrustProxy } from './trust-proxy.ts'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The quick start's database: the only path where a missing file becomes the demo without DEMO=true. */
export const DEFAULT_DATABASE_FILE = resolve(REPO_ROOT, 'data/ldld.db')

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** `PORT=` in a .env file means "not set", not port 0. */
const blankAsUnset = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

/** Relative paths are taken from the repository root, so they mean the same file from any directory. */
const repoPath = (fallback: string) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .default(fallback)
      .transform((p) => (isAbsolute(p) ? p : resolve(REPO_ROOT, p))),
  )

const booleanFlag = (name: string, fallback: 'true' | 'false' = 'false') =>
  z.preprocess(
    blankAsUnset,
    z
      .enum(['true', 'false'], { error: `${name} phải là true hoặc false / must be true or false` })
      .default(fallback)
      .transform((v) => v === 'true'),
  )

const positiveNumber = (fallback: number, message: string, integer: boolean) =>
  z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: message })
      .refine((n) => n > 0 && (!integer || Number.isInteger(n)), { error: message })
      .default(fallback),
  )

const PORT_ERROR = 'cổng phải là số nguyên từ 0 đến 65535 / must be an integer from 0 to 65535'

const envSchema = z.object({
  // 0 lets the system pick a free port (tests start the real server that way).
  PORT: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: PORT_ERROR })
      .int({ error: PORT_ERROR })
      .min(0, { error: PORT_ERROR })
      .max(65_535, { error: PORT_ERROR })
      .default(3000),
  ),
  // localhost by default: a newcomer opens http://localhost:3000 and nothing is exposed to the LAN.
  // Set HOST=0.0.0.0 in a container or to share the dashboard on the office network.
  HOST: z.preprocess(blankAsUnset, z.string().default('localhost')),
  DATABASE_FILE: repoPath('data/ldld.db'),
  WEB_DIST: repoPath('web/dist'),
  // Behind a reverse proxy (nginx, Caddy) that terminates https: how many proxies, or which addresses,
  // may speak for the client (X-Forwarded-For / -Proto). See trust-proxy.ts for why `true` is refused.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const result = parseTrustProxy(raw)
      if (result.ok) return result.value
      ctx.addIssue({ code: 'custom', message: result.message })
      return z.NEVER
    }),
  // A missing DATABASE_FILE becomes the demo database only at the default path or with DEMO=true.
  DEMO: booleanFlag('DEMO'),
  // Decode every cached answer with its contract before sending it (development: `pnpm dev` sets it).
  // Off in production: the API tests check every answer, and a national dashboard costs 12–20 ms.
  CHECK_CONTRACTS: booleanFlag('CHECK_CONTRACTS'),
  // Draw pages on the server with their figures (web/dist-server); false sends the plain app.
  RENDER_PAGES: booleanFlag('RENDER_PAGES', 'true'),
  // Scheduled online backups (VACUUM INTO) into this folder, every BACKUP_INTERVAL_HOURS, keeping the
  // newest BACKUP_KEEP files. Unset: no scheduled backup (pnpm db:backup still works).
  BACKUP_DIR: z.preprocess(
    blankAsUnset,
    z
      .string()
      .optional()
      .transform((p) => (p === undefined ? undefined : isAbsolute(p) ? p : resolve(REPO_ROOT, p))),
  ),
  BACKUP_INTERVAL_HOURS: positiveNumber(
    24,
    'phải là số giờ lớn hơn 0, ví dụ 24 hoặc 0.5 / must be a number of hours above 0',
    false,
  ),
  BACKUP_KEEP: positiveNumber(14, 'phải là số nguyên từ 1 trở lên / must be an integer of 1 or more', true),
  LOG_LEVEL: z.preprocess(
    blankAsUnset,
    z
      .enum(LOG_LEVELS, {
        error: `phải là một trong / must be one of: ${LOG_LEVELS.join(', ')}`,
      })
      .default('info'),
  ),
})

export type Env = z.infer<typeof envSchema>

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string }

/** Pure: validates a map of variables; the message is bilingual because operators may not read Vietnamese. */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const result = envSchema.safeParse(source)
  if (result.success) return { ok: true, env: result.data }
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.')
    return `${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`
  })
  const header = 'Cấu hình môi trường không hợp lệ / Invalid environment configuration:'
  // One problem, one line (what an operator reads in journalctl); several, one line each.
  return {
    ok: false,
    message:
      problems.length === 1
        ? `${header} ${problems[0] ?? ''}`
        : [header, ...problems.map((p) => `  - ${p}`)].join('\n'),
  }
}

/** Reads process.env; on bad configuration prints why and exits with status 1. */
export function readEnv(): Env {
  const result = parseEnv(process.env)
  if (result.ok) return result.env
  console.error(result.message)
  process.exit(1)
}

/** The demo (accounts with a published password, public view on) is made only where asked for. */
export function mayCreateDemo(env: Pick<Env, 'DEMO' | 'DATABASE_FILE'>): boolean {
  return env.DEMO || env.DATABASE_FILE === DEFAULT_DATABASE_FILE
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/

/** Pure: what the operator should know before the first request (printed by server.ts). */
export function startupWarnings(env: Pick<Env, 'HOST' | 'TRUST_PROXY'>): string[] {
  if (LOOPBACK.test(env.HOST)) return []
  if (env.TRUST_PROXY === false) {
    return [
      `Cảnh báo: đang phục vụ http không mã hóa trên HOST=${env.HOST}: cookie phiên đăng nhập và mật khẩu đi qua ` +
        'mạng ở dạng đọc được. Đặt ứng dụng sau một reverse proxy có https và khai báo TRUST_PROXY ' +
        '(xem README, mục "Chạy thật"). / Warning: plain http on a network interface, the session cookie travels in clear.',
    ]
  }
  if (typeof env.TRUST_PROXY === 'number') {
    return [
      `Cảnh báo: TRUST_PROXY=${env.TRUST_PROXY} (số proxy) trên HOST=${env.HOST}: máy nào gọi thẳng vào cổng này cũng ` +
        'giả được địa chỉ của mình. Đặt HOST=127.0.0.1 sau nginx, hoặc ghi địa chỉ proxy vào TRUST_PROXY. / ' +
        'Warning: with a hop count, clients reaching this port directly can fake their address.',
    ]
  }
  return []
}

/**
 * The password for `pnpm user:create` when given through the environment (PASSWORD=… keeps it out
 * of the shell history and the process list, unlike --password).
 */
export function readPasswordVariable(): string | undefined {
  const value = process.env['PASSWORD']
  return value === undefined || value === '' ? undefined : value
}

/**
 * Where the person typed the command: pnpm runs root scripts in the repository root but says in
 * INIT_CWD where it was called, so `pnpm db:backup ../x.db` means what the operator meant.
 */
export function readInvocationDirectory(): string {
  const value = process.env['INIT_CWD']
  return value === undefined || value === '' ? process.cwd() : value
}
