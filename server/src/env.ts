// The only module that reads process.env. Paths default to the repository, not the current
// directory, because `pnpm --filter @ldld/server start` runs from server/ while scripts run from the root.
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

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
  // Set to true behind a reverse proxy (nginx, Caddy) that terminates https: the session cookie is then
  // marked Secure from X-Forwarded-Proto and throttling counts the real client address.
  TRUST_PROXY: z.preprocess(
    blankAsUnset,
    z
      .enum(['true', 'false'], { error: 'phải là true hoặc false / must be true or false' })
      .default('false')
      .transform((v) => v === 'true'),
  ),
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
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join('.')
    return `  - ${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`
  })
  return {
    ok: false,
    message: ['Cấu hình môi trường không hợp lệ / Invalid environment configuration:', ...lines].join('\n'),
  }
}

/** Reads process.env; on bad configuration prints why and exits with status 1. */
export function readEnv(): Env {
  const result = parseEnv(process.env)
  if (result.ok) return result.env
  console.error(result.message)
  process.exit(1)
}

/**
 * The password for `pnpm user:create` when given through the environment (PASSWORD=… keeps it out
 * of the shell history and the process list, unlike --password).
 */
export function readPasswordVariable(): string | undefined {
  const value = process.env['PASSWORD']
  return value === undefined || value === '' ? undefined : value
}
