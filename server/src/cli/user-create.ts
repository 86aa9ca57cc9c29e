// Entry point of `pnpm user:create` (see user-create-command.ts).
import { readEnv, readPasswordVariable } from '../env.ts'
import { readHiddenLine } from './prompt.ts'
import { runUserCreate } from './user-create-command.ts'

const env = readEnv()
const askPassword = process.stdin.isTTY
  ? async () => {
      const first = await readHiddenLine('Mật khẩu: ')
      const again = await readHiddenLine('Nhập lại mật khẩu: ')
      if (first !== again) {
        console.error('Hai lần nhập mật khẩu không khớp.')
        process.exit(1)
      }
      return first
    }
  : undefined

process.exitCode = await runUserCreate(process.argv.slice(2), {
  databaseFile: env.DATABASE_FILE,
  passwordVariable: readPasswordVariable(),
  askPassword,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
