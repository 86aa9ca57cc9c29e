// The database's state for /api/health. A trivial query shows it answers; a real write (the file's
// application_id stamped again, a one-page WAL commit) shows it can still save. The write probe runs
// at most every WRITE_PROBE_MS, so a flood of health checks cannot turn into a flood of fsyncs, and
// at once after a request met a write failure, so the state clears as soon as the disk recovers.
import { stampDatabase, type Db } from '@ldld/db/client'
import { problemOf, type DatabaseProblem, type DatabaseState } from '../database-state.ts'

const WRITE_PROBE_MS = 30_000

export function createHealthRepository(db: Db, now: () => number = Date.now) {
  const ping = db.$client.prepare('SELECT 1').pluck()
  let problem: DatabaseProblem | undefined
  let probedAt = Number.NEGATIVE_INFINITY

  function probeWrite(): void {
    probedAt = now()
    try {
      stampDatabase(db.$client)
      problem = undefined
    } catch (error) {
      problem = problemOf(error) ?? 'io_error'
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
      return problem ?? 'ok'
    },
    /** A request met this failure: report it until a write probe succeeds. */
    recordProblem(found: DatabaseProblem): void {
      problem = found
    },
  }
}
