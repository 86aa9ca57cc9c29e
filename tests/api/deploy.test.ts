// The production set-up of README "Chạy thật": server/deploy/nginx-ldld.conf run by Debian's nginx with a
// self-signed certificate in front of the real server.ts started with server/deploy/ldld.env. Checks https,
// the Secure session cookie, and that the app sees the client's address (never one the client
// wrote into X-Forwarded-For). Also checks the systemd unit and the environment file.
import { execFileSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareDatabase } from '@ldld/server/database'
import { mayCreateDemo, parseEnv } from '@ldld/server/env'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_PASSWORD } from '../fixtures/auth.ts'
import { ensureNginx, freePort, selfSignedCertificate, startNginx } from '../fixtures/nginx.ts'
import { runServer, SERVER_ENV } from '../fixtures/server-process.ts'

// These tests start real processes (the server, the CLIs, nginx): seconds each on a busy machine.
vi.setConfig({ testTimeout: 90_000 })

const root = fileURLToPath(new URL('../..', import.meta.url))
const deploy = (name: string) => readFileSync(join(root, 'server', 'deploy', name), 'utf8')

/** server/deploy/ldld.env as systemd reads it (KEY=value lines, # comments). */
function envFile(): Record<string, string> {
  return Object.fromEntries(
    deploy('ldld.env')
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  )
}

/** Replaces `from` (which must occur exactly once) in the shipped config: a drifted file fails here. */
function substitute(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `server/deploy/nginx-ldld.conf should contain "${from}" once`).toBe(1)
  return text.replace(from, to)
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let dir: string
let cert: { cert: string; key: string }
let httpsPort: number
let httpPort: number
let appPort: number

function https(
  path: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; from?: string },
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: httpsPort,
        path,
        method: options.method ?? 'GET',
        // The self-signed certificate is the only one trusted: a plain-http or wrong answer fails.
        ca: readFileSync(cert.cert),
        headers: { host: 'chitieu.example.vn', ...options.headers },
        localAddress: options.from,
      },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

let nginx: ChildProcess | undefined
beforeAll(async () => {
  const binary = ensureNginx()
  dir = mkdtempSync(join(tmpdir(), 'ldld-deploy-'))
  cert = selfSignedCertificate(dir)
  ;[httpsPort, httpPort, appPort] = [await freePort(), await freePort(), await freePort()]
  let site = deploy('nginx-ldld.conf')
  site = substitute(site, `server ${envFile()['HOST']}:${envFile()['PORT']};`, `server 127.0.0.1:${appPort};`)
  site = substitute(site, 'listen 80;', `listen 127.0.0.1:${httpPort};`)
  site = substitute(site, 'listen [::]:80;', '')
  site = substitute(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
  site = substitute(site, 'listen [::]:443 ssl http2;', '')
  site = substitute(site, '/etc/letsencrypt/live/chitieu.example.vn/fullchain.pem', cert.cert)
  site = substitute(site, '/etc/letsencrypt/live/chitieu.example.vn/privkey.pem', cert.key)
  nginx = await startNginx(binary, join(dir, 'nginx'), site, httpsPort)
}, 400_000)
afterAll(() => {
  nginx?.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
})

describe('behind nginx with https (server/deploy/)', () => {
  it('serves over https, sets the Secure cookie, and sees the client address, not a forged one', async () => {
    const file = join(dir, 'ldld.db')
    prepareDatabase(file, undefined, { demo: true }).db.$client.close()
    // server/deploy/ldld.env as it ships (HOST, TRUST_PROXY…), on this test's port, database and log
    // level, without the scheduled backup.
    const shipped = Object.entries(envFile()).filter(([name]) => name !== 'BACKUP_DIR')
    const env: Record<string, string> = {
      ...Object.fromEntries(shipped),
      WEB_DIST: SERVER_ENV.WEB_DIST,
      PORT: String(appPort),
      DATABASE_FILE: file,
      LOG_LEVEL: 'debug',
    }

    let health: Answer | undefined
    let login: Answer | undefined
    let redirect: Response | undefined
    const exit = await runServer(env, async () => {
      health = await https('/api/health', {})
      login = await https('/api/auth/login', {
        method: 'POST',
        from: '127.0.0.2',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6' },
        body: JSON.stringify({ username: 'city', password: DEMO_PASSWORD }),
      })
      redirect = await fetch(`http://127.0.0.1:${httpPort}/dang-nhap`, { redirect: 'manual' })
    })
    expect(exit.code).toBe(0)
    expect(health?.status).toBe(200)
    expect(JSON.parse(health?.body ?? '{}')).toEqual({ status: 'ok', database: 'ok' })
    expect(login?.status).toBe(200)
    const cookie = [login?.headers['set-cookie']].flat().join('\n')
    expect(cookie).toMatch(/^ldld_session=[^;]+;.*\bSecure\b/)
    expect(cookie).toMatch(/HttpOnly/)
    // http is sent to https.
    expect(redirect?.status).toBe(301)
    expect(redirect?.headers.get('location')).toMatch(/^https:\/\/[^/]+\/dang-nhap$/)

    // The app's own log says which address it took for the sign-in.
    const seen = exit.stdout
      .split('\n')
      .filter((l) => l.includes('"path":"/api/auth/login"') && l.includes('incoming request'))
    expect(seen.length).toBe(1)
    expect(seen[0]).toContain('"remoteAddress":"127.0.0.2"')
    expect(exit.stdout).not.toContain('6.6.6.6')
  })
})

describe('server/deploy/ldld.env and server/deploy/ldld.service', () => {
  it('the environment file is a valid production configuration: no demo, loopback, trusting only nginx', () => {
    const result = parseEnv(envFile())
    expect(result.ok, result.ok ? '' : result.message).toBe(true)
    if (!result.ok) return
    expect(mayCreateDemo(result.env)).toBe(false)
    expect(result.env.HOST).toBe('127.0.0.1')
    expect(result.env.TRUST_PROXY).toEqual(['127.0.0.1'])
    expect(result.env.BACKUP_DIR).toBeDefined()
  })

  it('the unit restarts on failure, reads that file, runs the server, and passes systemd-analyze verify', () => {
    const unit = deploy('ldld.service')
    expect(unit).toMatch(/^Restart=on-failure$/m)
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/ldld\/ldld\.env$/m)
    const exec = /^ExecStart=\S+ (\S+)$/m.exec(unit)?.[1] ?? ''
    expect(existsSync(join(root, exec))).toBe(true)
    expect(unit).toMatch(/^ReadWritePaths=\/var\/lib\/ldld$/m)
    expect(envFile()['DATABASE_FILE']).toMatch(/^\/var\/lib\/ldld\//)
    execFileSync('systemd-analyze', ['verify', join(root, 'server', 'deploy', 'ldld.service')], {
      stdio: 'pipe',
    })
  })
})
