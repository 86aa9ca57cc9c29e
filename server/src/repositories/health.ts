// The database's state for /api/health. A trivial query shows it answers; a real write (the file's
// application_id stamped again, a one-page WAL commit) shows it is not read-only. The write probe
// runs at most every WRITE_PROBE_MS, so a flood of health checks cannot become a flood of fsyncs.
// A full disk shows as little free space on the database's folder, or as SQLITE_FULL met by a save;
// the latter is reported until a later save is acknowledged (a one-page probe may still fit).
import { statfsSync } from 'node:fs'
import { dirname } from 'node:path'
import { stampDatabase, type Db } from '@ldld/db/client'
import { problemOf, type DatabaseProblem, type DatabaseState } from '../database-state.ts'

const WRITE_PROBE_MS = 30_000
/** Below this much free space SQLite cannot be trusted to commit (a WAL frame per page, a checkpoint). */
const MIN_FREE_BYTES = 16 * 1024 * 1024

export function createHealthRepository(db: Db, now: () => number = Date.now) {
  const ping = db.$client.prepare('SELECT 1').pluck()
  let problem: DatabaseProblem | undefined
  let probedAt = Number.NEGATIVE_INFINITY

  function probeWrite(): void {
    probedAt = now()
    try {
      stampDatabase(db.$client)
      if (problem !== 'full') problem = undefined
    } catch (error) {
      problem = problemOf(error) ?? 'io_error'
    }
  }

  function lowOnSpace(): boolean {
    if (db.$client.memory) return false
    try {
      const fs = statfsSync(dirname(db.$client.name))
      return fs.bavail * fs.bsize < MIN_FREE_BYTES
    } catch {
      return false
    }
  }

  return {
    /** True when SQLite answers a trivial query. */
    databaseAnswers(): boolean {
      try {
        return ping.get() === 1
      } catch {
        return false
      }
    },
    /** ok, or what stops saving: read_only, full, io_error, busy, unreachable. */
    state(): DatabaseState {
      try {
        if (ping.get() !== 1) return 'unreachable'
      } catch (error) {
        return problemOf(error) === 'busy' ? 'busy' : 'unreachable'
      }
      if (problem !== undefined || now() - probedAt >= WRITE_PROBE_MS) probeWrite()
      if (problem === undefined && lowOnSpace()) return 'full'
      return problem ?? 'ok'
    },
    /** A request met this failure: report it until the database is seen to write again. */
    recordProblem(found: DatabaseProblem): void {
      problem = found
    },
    /** A write was acknowledged to a user: whatever failed before, saving works again. */
    recordWriteSuccess(): void {
      problem = undefined
    },
  }
}
