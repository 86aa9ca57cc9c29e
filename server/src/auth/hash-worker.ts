// Runs argon2 in its own thread: hashing must not take the libuv pool that serves static files and
// reads the disk, or a burst of sign-ins makes every page load wait (issue 7 §28).
import { parentPort } from 'node:worker_threads'
import { hashSync, verifySync } from '@node-rs/argon2'

export type HashJob =
  | { id: number; kind: 'hash'; password: string; memoryCost?: number; timeCost?: number }
  | { id: number; kind: 'verify'; stored: string; password: string }

export type HashAnswer = { id: number; ok: true; value: string | boolean } | { id: number; ok: false }

parentPort?.on('message', (job: HashJob) => {
  let answer: HashAnswer
  try {
    const value =
      job.kind === 'hash'
        ? hashSync(
            job.password,
            job.memoryCost === undefined ? undefined : { memoryCost: job.memoryCost, timeCost: job.timeCost },
          )
        : verifySync(job.stored, job.password)
    answer = { id: job.id, ok: true, value }
  } catch {
    answer = { id: job.id, ok: false }
  }
  parentPort?.postMessage(answer)
})
