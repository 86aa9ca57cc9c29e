// `pnpm db:backup [file]`: an online backup of DATABASE_FILE, safe while the server runs. Without a
// file it goes to BACKUP_DIR (or `backups/` beside the database) under a dated name.
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { formatNumber } from '@ldld/db/format'
import { backupDatabase, backupFileName, checkBackup } from '../backup.ts'
import { readEnv, readInvocationDirectory } from '../env.ts'

const env = readEnv()
const argument = process.argv[2]
const target =
  argument === undefined
    ? join(env.BACKUP_DIR ?? join(dirname(env.DATABASE_FILE), 'backups'), backupFileName(new Date()))
    : isAbsolute(argument)
      ? argument
      : resolve(readInvocationDirectory(), argument)
try {
  const result = backupDatabase(env.DATABASE_FILE, target)
  const check = checkBackup(result.file)
  if (check.problems.length > 0) throw new Error(check.problems.join('; '))
  console.log(
    `Đã sao lưu ${env.DATABASE_FILE} vào ${result.file} (${formatNumber(Math.round(result.bytes / 1024))} KiB, ` +
      `${Math.round(result.ms)} ms, đã kiểm tra toàn vẹn). Khôi phục: pnpm db:restore ${result.file}`,
  )
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error)
  console.error(`Không sao lưu được DATABASE_FILE=${env.DATABASE_FILE}: ${reason}`)
  process.exitCode = 1
}
