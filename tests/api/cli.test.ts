// `pnpm user:create`: the first administrator of a production database (which starts with no users
// and the public view off). The command function is called directly; the last test runs the script.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrateDatabase, openDatabase } from '@ldld/db/client'
import { buildApp } from '@ldld/server/app'
import { prepareDatabase } from '@ldld/server/database'
import { runUserCreate, type UserCreateIo } from '@ldld/server/user-create'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TEST_PASSWORD_COST } from '../fixtures/app.ts'
import { expectError } from '../fixtures/http.ts'

const SCRIPT = fileURLToPath(new URL('../../server/src/cli/user-create.ts', import.meta.url))
let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldld-cli-'))
  file = join(dir, 'ldld.db')
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** What `pnpm db:migrate` leaves: an empty, migrated file. */
function migratedFile(): void {
  const db = openDatabase(file)
  migrateDatabase(db)
  db.$client.close()
}

async function run(argv: string[], io: Partial<UserCreateIo> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runUserCreate(argv, {
    databaseFile: file,
    passwordVariable: undefined,
    askPassword: undefined,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    passwordCost: TEST_PASSWORD_COST,
    ...io,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const ADMIN = ['--role', 'admin', '--username', 'quantri', '--display-name', 'Quản trị viên']

describe('user:create — refusals', () => {
  it('no database file: says to run db:migrate first, creates nothing', async () => {
    const r = await run([...ADMIN, '--password', 'mat-khau-manh'])
    expect(r.code).toBe(1)
    expect(r.err).toContain('Chạy `pnpm db:migrate` trước')
  })

  it('no password anywhere and no terminal → 1 with how to give one', async () => {
    migratedFile()
    const r = await run(ADMIN)
    expect(r.code).toBe(1)
    expect(r.err).toBe(
      'Thiếu mật khẩu: dùng --password, biến môi trường PASSWORD, hoặc chạy lệnh trong terminal để nhập.',
    )
  })

  it('validates with the contracts, in Vietnamese', async () => {
    migratedFile()
    const r = await run([
      '--role',
      'district',
      '--username',
      'a b',
      '--display-name',
      'X',
      '--password',
      'ngan',
    ])
    expect(r.code).toBe(1)
    expect(r.err).toContain('username: Tên đăng nhập gồm 2–40 chữ cái không dấu, số, dấu chấm, gạch.')
    expect(r.err).toContain('password: Mật khẩu cần ít nhất 10 ký tự (mới có 4).')
    // The common-password list and the username rule, as in the admin's form (issue 7 §25).
    for (const [weak, reason] of [
      ['password123', 'danh sách mật khẩu phổ biến'],
      ['quantri-quantri', 'không được trùng hoặc chứa tên đăng nhập'],
    ] as const) {
      const w = await run([
        '--role',
        'admin',
        '--username',
        'quantri',
        '--display-name',
        'Quản trị',
        '--password',
        weak,
      ])
      expect(w.code).toBe(1)
      expect(w.err).toContain(reason)
    }
    expect((await run(['--role', 'owner', '--bogus'])).err).toMatch(
      /^Tham số không hợp lệ: không có tùy chọn --bogus\./,
    )
    expect((await run(['--role'])).err).toMatch(/^Tham số không hợp lệ: tùy chọn --role cần một giá trị\./)
  })

  it('refuses a duplicate username', async () => {
    migratedFile()
    expect((await run([...ADMIN, '--password', 'mat-khau-manh'])).code).toBe(0)
    const again = await run([...ADMIN, '--password', 'khac-hoan-toan'])
    expect(again.code).toBe(1)
    expect(again.err).toBe('Không tạo được người dùng: Tên đăng nhập "quantri" đã có người dùng.')
  })
})

describe('user:create — happy path', () => {
  it('takes the password from PASSWORD or the terminal prompt; binds a district user to its unit', async () => {
    migratedFile()
    const fromEnv = await run(ADMIN, { passwordVariable: 'mat-khau-tu-bien' })
    expect(fromEnv).toMatchObject({ code: 0, out: 'Đã tạo người dùng "quantri" (Quản trị hệ thống).' })
    const prompted = await run(
      ['--role', 'district', '--username', 'hbt', '--display-name', 'Cán bộ HBT', '--unit', '007'],
      {
        askPassword: async () => 'mat-khau-go-tay',
      },
    )
    expect(prompted).toMatchObject({
      code: 0,
      out: 'Đã tạo người dùng "hbt" (Cán bộ đơn vị, đơn vị 007).',
    })
  })

  it('end to end: db:migrate, the script, then the admin signs in to a closed dashboard', async () => {
    migratedFile()
    const child = spawnSync(process.execPath, [SCRIPT, ...ADMIN], {
      env: { ...process.env, DATABASE_FILE: file, PASSWORD: 'mat-khau-that-manh' },
      encoding: 'utf8',
    })
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    expect(child.stdout).toContain('Đã tạo người dùng "quantri"')

    const { db, kind } = prepareDatabase(file)
    expect(kind).toBe('existing')
    const hash = String(db.$client.prepare('SELECT password_hash FROM users').pluck().get())
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    const app = await buildApp({ db })
    try {
      expectError(
        await app.inject({ method: 'GET', url: '/api/dashboard?year=2024' }),
        401,
        'unauthenticated',
      )
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'quantri', password: 'mat-khau-that-manh' },
      })
      expect(login.statusCode).toBe(200)
      expect(login.json()).toMatchObject({ user: { role: 'admin' }, publicRead: false })
      expect(db.$client.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(31)
      expect(db.$client.prepare('SELECT count(*) FROM figures').pluck().get()).toBe(0)
    } finally {
      await app.close()
      db.$client.close()
    }
  })
})

describe('house-keeping commands', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
    devDependencies: Record<string, string>
  }

  it('`pnpm check` runs only commands that exist: format check, lint, typecheck, tests', () => {
    const steps = (pkg.scripts['check'] ?? '').split('&&').map((s) => s.trim())
    expect(steps).toEqual(['prettier --check .', 'pnpm lint', 'pnpm typecheck', 'pnpm test'])
    for (const step of steps.filter((s) => s.startsWith('pnpm '))) {
      expect(pkg.scripts[step.slice('pnpm '.length)], step).toBeDefined()
    }
    expect(pkg.devDependencies['prettier']).toBeDefined()
  })

  it('.ci/run checks format, lint and types, then runs exactly the README test command', () => {
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8')
    const commands = ci.split('\n').filter((l) => /^pnpm /.test(l))
    expect(commands).toEqual([
      'pnpm install --frozen-lockfile',
      'pnpm exec prettier --check .',
      'pnpm lint',
      'pnpm typecheck',
      'pnpm test',
    ])
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toMatch(/^pnpm test$/m)
    expect(ci).toMatch(/apt-get install .*"\$\{missing\[@\]\}"/)
    expect(ci).toContain('missing+=(nginx)')
  })

  it('the database commands are scripts that read DATABASE_FILE through server/src/env.ts', () => {
    for (const name of ['db:migrate', 'db:backup', 'db:restore', 'user:create']) {
      const file = /^node (\S+)$/.exec(pkg.scripts[name] ?? '')?.[1] ?? ''
      expect(file, name).toMatch(/^server\/src\/cli\//)
      const source = readFileSync(join(root, file), 'utf8')
      expect(source, name).not.toContain('process.env')
      expect(source, name).toContain("from '../env.ts'")
    }
  })
})
