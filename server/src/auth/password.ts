// Password hashing with argon2id (@node-rs/argon2 defaults: 19 MiB, 2 passes, 1 lane: OWASP's
// baseline). Only tests pass a lower cost, explicitly through buildApp; nothing switches it silently.
//
// Hashing runs in one worker thread, one password at a time, with a bounded queue: a burst of
// sign-ins waits its turn there instead of filling the libuv pool that static files and the disk use
// (issue 7 §28), and past MAX_QUEUE waiting the answer is 503 "busy" rather than an endless wait.
// Passwords are NFC-normalised, so "Hồng" typed on Windows and on a Mac is the same password.
import { randomBytes } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import { hashSync } from '@node-rs/argon2'
import { HttpError } from '../errors.ts'
import type { HashAnswer, HashJob } from './hash-worker.ts'

/** Lower argon2 cost for tests only (hashes stay argon2id, verification reads the cost from the hash). */
export interface PasswordCost {
  memoryCost: number
  timeCost: number
}

export interface PasswordHasher {
  hash(password: string): Promise<string>
  /** False for a wrong password and for a malformed stored hash. */
  verify(stored: string, password: string): Promise<boolean>
  /**
   * Spends the time of one verification and returns false: an unknown username must take as long as
   * a wrong password, or response times tell which accounts exist.
   */
  verifyNothing(password: string): Promise<false>
  /** Jobs waiting or running (for tests and the benchmark). */
  pending(): number
  /** Stops the worker thread (the app's onClose). */
  close(): Promise<void>
}

/** More than this many sign-ins waiting for the hasher: answer 503 at once. */
export const MAX_QUEUE = 200

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Job = DistributiveOmit<HashJob, 'id'>
interface Waiting {
  job: Job
  resolve: (answer: HashAnswer) => void
}

function createHashThread(maxQueue: number) {
  let worker: Worker | undefined
  let nextId = 1
  let running: (Waiting & { id: number }) | undefined
  const queue: Waiting[] = []

  const start = () => {
    const thread = new Worker(new URL('./hash-worker.ts', import.meta.url))
    thread.on('message', (answer: HashAnswer) => {
      const done = running
      running = undefined
      if (done?.id === answer.id) done.resolve(answer)
      pump()
    })
    thread.on('error', () => {
      // A crashed thread fails the job in hand; the next job starts a new thread.
      running?.resolve({ id: running.id, ok: false })
      running = undefined
      worker = undefined
      pump()
    })
    return thread
  }

  const pump = () => {
    const next = running ? undefined : queue.shift()
    if (!next) {
      // Idle: let a command-line process exit; a pending job holds it open.
      if (!running) worker?.unref()
      return
    }
    worker ??= start()
    worker.ref()
    running = { ...next, id: nextId++ }
    worker.postMessage({ ...next.job, id: running.id })
  }

  return {
    run(job: Job): Promise<HashAnswer> {
      if (queue.length >= maxQueue)
        throw new HttpError(
          503,
          'busy',
          'Máy chủ đang xử lý quá nhiều lượt đăng nhập. Vui lòng thử lại sau ít giây.',
          undefined,
          { headers: { 'retry-after': '5' } },
        )
      return new Promise((resolve) => {
        queue.push({ job, resolve })
        pump()
      })
    },
    pending: () => queue.length + (running ? 1 : 0),
    async close() {
      queue.splice(0).forEach((w) => w.resolve({ id: 0, ok: false }))
      await worker?.terminate()
      worker = undefined
    },
  }
}

export function createPasswordHasher(cost?: PasswordCost, maxQueue = MAX_QUEUE): PasswordHasher {
  const thread = createHashThread(maxQueue)
  let dummy: Promise<string> | undefined
  const hash = async (password: string) => {
    const answer = await thread.run({ kind: 'hash', password: password.normalize('NFC'), ...cost })
    if (!answer.ok || typeof answer.value !== 'string') throw new Error('password hashing failed')
    return answer.value
  }
  const verify = async (stored: string, password: string) => {
    const answer = await thread.run({ kind: 'verify', stored, password: password.normalize('NFC') })
    return answer.ok && answer.value === true
  }
  return {
    hash,
    verify,
    async verifyNothing(password) {
      dummy ??= hash(randomBytes(16).toString('hex'))
      await verify(await dummy, password)
      return false
    },
    pending: thread.pending,
    close: thread.close,
  }
}

/** Synchronous hash for start-up tasks (demo accounts) that run before the server listens. */
export function hashPasswordSync(password: string, cost?: PasswordCost): string {
  return hashSync(
    password.normalize('NFC'),
    cost ? { memoryCost: cost.memoryCost, timeCost: cost.timeCost } : undefined,
  )
}
