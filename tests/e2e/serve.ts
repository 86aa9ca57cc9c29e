// Starts the real server on a fresh demo database for the browser tests.
import { rmSync } from 'node:fs'

const file = process.env.DATABASE_FILE
if (!file) throw new Error('DATABASE_FILE is required')
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
await import('../../server/src/server.ts')
