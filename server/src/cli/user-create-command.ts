// `pnpm user:create`: the way a production database gets its first administrator (it starts with no
// users). Validated with the same contracts and hashed the same way as the admin API.
import '../validation.ts'
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createUserBodySchema, ROLE_LABELS } from '@ldld/db/contracts'
import { passwordProblem } from '@ldld/db/password'
import { createUser } from '../auth/accounts.ts'
import { createPasswordHasher, type PasswordCost } from '../auth/password.ts'
import { prepareDatabase } from '../database.ts'
import { HttpError } from '../errors.ts'
import { createRepositories } from '../repositories/index.ts'

export const USAGE = `Tạo người dùng:
  pnpm user:create --role admin --username <tên> --display-name "<Họ tên>" [--unit <mã đơn vị>] [--password <mật khẩu>]

  --role          admin | city | district | viewer
  --unit          mã đơn vị (bắt buộc với district, ví dụ 007)
  --password      ít nhất 10 ký tự, khó đoán (không nằm trong danh sách mật khẩu phổ biến, không chứa
                  tên đăng nhập); hoặc biến môi trường PASSWORD, hoặc nhập khi chạy trong terminal (khuyên dùng:
                  mật khẩu không lưu vào lịch sử lệnh)
Cơ sở dữ liệu: DATABASE_FILE (mặc định data/ldld.db); tạo trước bằng \`pnpm db:migrate\`.`

export interface UserCreateIo {
  databaseFile: string
  /** PASSWORD from the environment, if set. */
  passwordVariable: string | undefined
  /** Asks for the password without echo; undefined when stdin is not a terminal. */
  askPassword: (() => Promise<string>) | undefined
  out: (line: string) => void
  err: (line: string) => void
  /** Tests only: a cheaper argon2id cost. */
  passwordCost?: PasswordCost
}

/** node:util parseArgs explains in English; say it in Vietnamese, keeping the option's name. */
function argumentProblem(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  const option = error instanceof Error ? (/'(-[^' ]*)/.exec(error.message)?.[1] ?? '') : ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `không có tùy chọn ${option}.`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `tùy chọn ${option} cần một giá trị.`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'có giá trị thừa không thuộc tùy chọn nào.'
  return error instanceof Error ? error.message : String(error)
}

/** Returns the process exit code: 0 created, 1 refused (the reason is printed in Vietnamese). */
export async function runUserCreate(argv: readonly string[], io: UserCreateIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string' },
        username: { type: 'string' },
        'display-name': { type: 'string' },
        unit: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    io.err(`Tham số không hợp lệ: ${argumentProblem(error)}\n\n${USAGE}`)
    return 1
  }
  if (values['help']) {
    io.out(USAGE)
    return 0
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined)
  if (!existsSync(io.databaseFile)) {
    io.err(
      `Chưa có cơ sở dữ liệu ${io.databaseFile}. Chạy \`pnpm db:migrate\` trước (cơ sở dữ liệu thật), ` +
        'hoặc `pnpm start` để tạo cơ sở dữ liệu mẫu.',
    )
    return 1
  }
  let password = text('password') ?? io.passwordVariable
  if (password === undefined && io.askPassword) password = await io.askPassword()
  if (password === undefined) {
    io.err(
      'Thiếu mật khẩu: dùng --password, biến môi trường PASSWORD, hoặc chạy lệnh trong terminal để nhập.',
    )
    return 1
  }
  const parsed = createUserBodySchema.safeParse({
    username: text('username'),
    displayName: text('display-name'),
    role: text('role'),
    unit: text('unit') ?? null,
    password,
  })
  // The same password rule as the admin's form and the self-service change, listed with the rest.
  const weak = passwordProblem(password, { username: text('username'), displayName: text('display-name') })
  if (!parsed.success || weak) {
    const lines = (parsed.success ? [] : parsed.error.issues).map(
      (i) => `  - ${i.path.join('.') || 'tham số'}: ${i.message}`,
    )
    if (weak) lines.push(`  - password: ${weak}`)
    io.err(['Không tạo được người dùng:', ...lines, '', USAGE].join('\n'))
    return 1
  }
  // An existing file is only migrated (and given the reference units if it has none): never demo data.
  const { db } = prepareDatabase(io.databaseFile)
  try {
    const hasher = createPasswordHasher(io.passwordCost)
    // The person running the command types the password for their own account: no forced change.
    const user = await createUser(createRepositories(db), hasher, parsed.data, {
      chosenByOwner: true,
    }).finally(() => hasher.close())
    io.out(
      `Đã tạo người dùng "${user.username}" (${ROLE_LABELS[user.role]}${user.unit ? `, đơn vị ${user.unit}` : ''}).`,
    )
    return 0
  } catch (error) {
    if (!(error instanceof HttpError)) throw error
    io.err(`Không tạo được người dùng: ${error.message}`)
    return 1
  } finally {
    db.$client.close()
  }
}
