import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID, applicationId, openDatabase, stampDatabase } from './client.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ldld-client-'))
  dirs.push(dir)
  return join(dir, 'x.db')
}

describe('openDatabase', () => {
  it('syncs every commit (synchronous=FULL), so an acknowledged save survives a power cut', () => {
    const db = openDatabase(fresh())
    // 2 = FULL; NORMAL (1) in WAL mode may lose the last commits on a power cut.
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal')
    db.$client.close()
  })

  it('refuses to create a missing file when asked not to', () => {
    expect(() => openDatabase(fresh(), { fileMustExist: true })).toThrow()
  })

  it('stamps the file as ours', () => {
    const db = openDatabase(fresh())
    expect(applicationId(db.$client)).toBe(0)
    stampDatabase(db.$client)
    expect(applicationId(db.$client)).toBe(APPLICATION_ID)
    db.$client.close()
  })
})
