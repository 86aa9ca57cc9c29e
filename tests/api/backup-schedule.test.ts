// The server's scheduled backup (BACKUP_DIR): due an interval after the newest backup in the
// folder, rotated to BACKUP_KEEP, never touching files it did not name.
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDatabase } from '@ldld/server/database'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupDatabase, backupFileName, rotateBackups } from '../../server/src/backup.ts'
import { runServer, SERVER_ENV } from '../fixtures/server-process.ts'

// This test starts the real server: seconds on a busy machine.
vi.setConfig({ testTimeout: 90_000 })

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldld-schedule-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('scheduled backups', () => {
  it('the server backs up into BACKUP_DIR at start when none is recent, and keeps the newest BACKUP_KEEP', async () => {
    const file = join(dir, 'ldld.db')
    prepareDatabase(file, undefined, { demo: true }).db.$client.close()
    const backups = join(dir, 'backups')
    // Three old scheduled backups and a hand-made one that rotation must never touch.
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03']) {
      backupDatabase(file, join(backups, backupFileName(new Date(`${day}T01:00:00Z`))))
    }
    writeFileSync(join(backups, 'truoc-nang-cap.db'), '')
    const old = new Date('2026-11-03T01:00:00Z')
    for (const f of readdirSync(backups)) utimesSync(join(backups, f), old, old)

    const exit = await runServer(
      { ...SERVER_ENV, DATABASE_FILE: file, BACKUP_DIR: backups, BACKUP_KEEP: '2', LOG_LEVEL: 'info' },
      async () => {
        for (let i = 0; i < 100 && readdirSync(backups).length !== 3; i += 1) {
          await new Promise((r) => setTimeout(r, 50))
        }
      },
    )
    expect(exit.code).toBe(0)
    const names = readdirSync(backups).sort()
    expect(names).toHaveLength(3)
    expect(names).toContain('truoc-nang-cap.db')
    expect(names).toContain(backupFileName(new Date('2026-11-03T01:00:00Z')))
    expect(exit.stdout).toContain('Đã sao lưu cơ sở dữ liệu')
    expect(rotateBackups(backups, 2)).toEqual([])
    expect(existsSync(join(backups, backupFileName(new Date('2026-11-01T01:00:00Z'))))).toBe(false)
  })
})
