import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseEnv, REPO_ROOT } from './env.ts'

describe('parseEnv', () => {
  it('defaults to localhost:3000 and files inside the repository, whatever the current directory', () => {
    const result = parseEnv({})
    expect(result).toEqual({
      ok: true,
      env: {
        PORT: 3000,
        HOST: 'localhost',
        DATABASE_FILE: join(REPO_ROOT, 'data', 'ldld.db'),
        WEB_DIST: join(REPO_ROOT, 'web', 'dist'),
        TRUST_PROXY: false,
        LOG_LEVEL: 'info',
      },
    })
  })

  it('treats blank values as unset and resolves relative paths from the repository root', () => {
    const result = parseEnv({
      PORT: ' ',
      DATABASE_FILE: 'tmp/x.db',
      WEB_DIST: '/srv/web',
      TRUST_PROXY: 'true',
    })
    expect(result.ok && result.env).toMatchObject({
      PORT: 3000,
      TRUST_PROXY: true,
      DATABASE_FILE: join(REPO_ROOT, 'tmp', 'x.db'),
      WEB_DIST: '/srv/web',
    })
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc"'],
    [{ PORT: '70000' }, 'PORT="70000"'],
    [{ PORT: '80.5' }, 'PORT="80.5"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud"'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY="yes"'],
  ])('rejects %o with a bilingual message naming the variable', (source, shown) => {
    const result = parseEnv(source)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain('Cấu hình môi trường không hợp lệ / Invalid environment configuration')
    expect(result.message).toContain(shown)
  })
})
