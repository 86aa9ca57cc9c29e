// The optional scheduled backup of a running server (BACKUP_DIR). The first one is due an interval
// after the newest backup already in the folder, so a server restarted often does not rotate good
// old backups away with copies of the same day.
import { join } from 'node:path'
import { backupDatabase, backupFileName, newestBackupTime, rotateBackups } from './backup.ts'

export interface BackupSchedule {
  file: string
  dir: string
  intervalHours: number
  keep: number
  log: { info(fields: object, message: string): void; error(fields: object, message: string): void }
}

/** Starts the schedule; the returned function stops it. */
export function startBackupSchedule({ file, dir, intervalHours, keep, log }: BackupSchedule): () => void {
  const intervalMs = intervalHours * 3_600_000
  let timer: NodeJS.Timeout | undefined

  function runOnce(): void {
    try {
      const result = backupDatabase(file, join(dir, backupFileName(new Date())))
      const removed = rotateBackups(dir, keep)
      log.info(
        { backup: result.file, bytes: result.bytes, ms: Math.round(result.ms), removed },
        'Đã sao lưu cơ sở dữ liệu',
      )
    } catch (error) {
      log.error({ err: error, dir }, 'Sao lưu theo lịch không thành công')
    }
    schedule(intervalMs)
  }

  function schedule(delay: number): void {
    timer = setTimeout(runOnce, Math.max(0, delay))
    // A pending backup must not keep a stopping server alive.
    timer.unref()
  }

  const newest = newestBackupTime(dir)
  schedule(newest === undefined ? 0 : newest + intervalMs - Date.now())
  return () => clearTimeout(timer)
}
