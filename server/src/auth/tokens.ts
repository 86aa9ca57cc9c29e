// Session and CSRF tokens. The cookie carries a random 32-byte token; the database keeps only its
// SHA-256, so a copy of the database (a backup, a leaked file) does not let anyone sign in.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Constant-time comparison, so the CSRF check does not leak how many leading characters matched. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Absolute lifetime: a stolen cookie is useless 12 h after sign-in, whatever happens. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
/** Idle lifetime: a forgotten browser on a shared office computer signs out after 2 h. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000
/** The sliding expiry is written at most this often, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000

/** Expiry after activity at `now`: two idle hours, never past twelve hours after sign-in. */
export function slidingExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_ABSOLUTE_MS))
}
