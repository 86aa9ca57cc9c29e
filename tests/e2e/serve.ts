// Starts the real server on a fresh demo database for the browser tests.
import { rmSync } from 'node:fs'

const file = process.env.DATABASE_FILE
if (!file) throw new Error('DATABASE_FILE is required')
// A spec that prepared its own database (progress-server.ts) asks for it to be kept.
if (process.env.E2E_KEEP_DATABASE !== '1')
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
await import('../../server/src/server.ts')
