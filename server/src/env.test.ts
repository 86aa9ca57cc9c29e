import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DATABASE_FILE, mayCreateDemo, parseEnv, REPO_ROOT, startupWarnings } from './env.ts'

function envOf(source: Record<string, string>) {
  const result = parseEnv(source)
  if (!result.ok) throw new Error(result.message)
  return result.env
}

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
        DEMO: false,
        CHECK_CONTRACTS: false,
        RENDER_PAGES: true,
        BACKUP_DIR: undefined,
        BACKUP_INTERVAL_HOURS: 24,
        BACKUP_KEEP: 14,
        LOG_LEVEL: 'info',
      },
    })
  })

  it('treats blank values as unset and resolves relative paths from the repository root', () => {
    expect(
      envOf({
        PORT: ' ',
        DATABASE_FILE: 'tmp/x.db',
        WEB_DIST: '/srv/web',
        TRUST_PROXY: '',
        BACKUP_DIR: 'bk',
      }),
    ).toMatchObject({
      PORT: 3000,
      TRUST_PROXY: false,
      DATABASE_FILE: join(REPO_ROOT, 'tmp', 'x.db'),
      WEB_DIST: '/srv/web',
      BACKUP_DIR: join(REPO_ROOT, 'bk'),
    })
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc"'],
    [{ PORT: '70000' }, 'PORT="70000"'],
    [{ PORT: '80.5' }, 'PORT="80.5"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud"'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY="yes"'],
    [{ DEMO: 'yes' }, 'DEMO="yes"'],
    [{ BACKUP_KEEP: '0' }, 'BACKUP_KEEP="0"'],
    [{ BACKUP_INTERVAL_HOURS: '-1' }, 'BACKUP_INTERVAL_HOURS="-1"'],
  ])('rejects %o with a bilingual message naming the variable', (source, shown) => {
    const result = parseEnv(source)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain('Cấu hình môi trường không hợp lệ / Invalid environment configuration')
    expect(result.message).toContain(shown)
  })

  it('says a single problem on one line', () => {
    const result = parseEnv({ PORT: 'abc' })
    expect(!result.ok && result.message.split('\n')).toHaveLength(1)
  })
})

describe('TRUST_PROXY', () => {
  it.each([
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, ::1', ['10.0.0.0/8', '::1']],
    ['192.168.1.0/255.255.255.0', ['192.168.1.0/255.255.255.0']],
    ['loopback,fd00::/8', ['loopback', 'fd00::/8']],
  ])('%s → %o', (raw, expected) => {
    expect(envOf({ TRUST_PROXY: raw }).TRUST_PROXY).toEqual(expected)
  })

  it('refuses true and says what to write instead', () => {
    const result = parseEnv({ TRUST_PROXY: 'true' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain('TRUST_PROXY="true"')
    expect(result.message).toContain('TRUST_PROXY=1')
    expect(result.message).toContain('TRUST_PROXY=127.0.0.1')
  })

  it.each(['10.0.0.0/33', '300.1.1.1', 'nginx', '11', '127.0.0.1/8/1', '::1/129'])('refuses %s', (raw) => {
    const result = parseEnv({ TRUST_PROXY: raw })
    expect(result.ok).toBe(false)
  })
})

describe('the demo and start-up warnings', () => {
  it('makes the demo at the default path or with DEMO=true, never at another path by itself', () => {
    expect(mayCreateDemo(envOf({}))).toBe(true)
    expect(mayCreateDemo(envOf({ DATABASE_FILE: DEFAULT_DATABASE_FILE }))).toBe(true)
    expect(mayCreateDemo(envOf({ DATABASE_FILE: '/srv/ldld/ldld.db' }))).toBe(false)
    expect(mayCreateDemo(envOf({ DATABASE_FILE: '/srv/ldld/ldld.db', DEMO: 'true' }))).toBe(true)
  })

  it('warns that the cookie travels in clear over plain http on the network, not on loopback or behind a proxy', () => {
    expect(startupWarnings(envOf({ HOST: '0.0.0.0' })).join()).toMatch(/http không mã hóa.*cookie phiên/s)
    expect(startupWarnings(envOf({ HOST: '0.0.0.0' })).join()).toMatch(/travels in clear/)
    expect(startupWarnings(envOf({}))).toEqual([])
    expect(startupWarnings(envOf({ HOST: '127.0.0.1' }))).toEqual([])
    expect(startupWarnings(envOf({ HOST: '0.0.0.0', TRUST_PROXY: '10.0.0.5' }))).toEqual([])
  })

  it('warns that a hop count on a network interface lets direct clients fake their address', () => {
    expect(startupWarnings(envOf({ HOST: '0.0.0.0', TRUST_PROXY: '1' })).join()).toMatch(/giả được địa chỉ/)
    expect(startupWarnings(envOf({ HOST: '127.0.0.1', TRUST_PROXY: '1' }))).toEqual([])
  })
})
