// `pnpm db:restore <file>`: checks the backup, then puts it in place of DATABASE_FILE (the server
// must be stopped). The replaced file is kept beside it.
import { isAbsolute, resolve } from 'node:path'
import { StartupError } from '../database-file.ts'
import { readEnv, readInvocationDirectory } from '../env.ts'
import { restoreDatabase } from '../restore.ts'

const env = readEnv()
const argument = process.argv[2]
if (argument === undefined || argument.startsWith('-')) {
  console.error(
    'Cách dùng: pnpm db:restore <tệp sao lưu>   (khôi phục vào DATABASE_FILE; dừng máy chủ trước)',
  )
  process.exit(1)
}
const backup = isAbsolute(argument) ? argument : resolve(readInvocationDirectory(), argument)
try {
  const { previous, users } = restoreDatabase(backup, env.DATABASE_FILE)
  console.log(
    `Đã khôi phục ${backup} vào ${env.DATABASE_FILE} (${users} tài khoản). ` +
      (previous ? `Tệp cũ được giữ ở ${previous}. ` : '') +
      'Khởi động lại máy chủ (ví dụ: sudo systemctl start ldld); nếu bản sao lưu cũ hơn phiên bản này, cấu trúc được cập nhật khi khởi động.',
  )
} catch (error) {
  console.error(error instanceof StartupError ? error.message : `Không khôi phục được: ${String(error)}`)
  process.exitCode = 1
}
