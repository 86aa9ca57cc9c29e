// Slows down password guessing, in memory (one server process; a restart forgives everyone, which is
// acceptable for a tool of a few hundred officers). Three counters, each over 15 minutes:
// - an account from one address (5): stops one machine guessing one officer's password, and locks
//   only that machine out, so nobody can keep an officer (or the admin) locked by failing on purpose;
// - an address over every account (20): stops one machine spraying one password over many names;
// - an account from everywhere (50): a ceiling only a distributed attack (10+ addresses) reaches.
// An attempt is counted BEFORE its password is verified, so requests in flight cannot all slip
// through (200 parallel sign-ins from one address: 20 are verified). A correct password takes its
// attempt back, and clears the account-from-this-address counter. Each lock-out doubles the wait,
// from 1 up to 15 minutes.

export const FAILURE_WINDOW_MS = 15 * 60 * 1000
export const PAIR_LIMIT = 5
export const ADDRESS_LIMIT = 20
export const ACCOUNT_CEILING = 50
export const FIRST_DELAY_MS = 60 * 1000
export const MAX_DELAY_MS = 15 * 60 * 1000

interface Entry {
  failures: number[]
  lockedUntil: number
  locks: number
}

/** What an attempt changed, so a correct password can take it back. */
interface Undo {
  key: string
  at: number
  lockedUntil: number
  locks: number
}

export type Attempt = { allowed: false; retryAfter: number } | { allowed: true; ticket: readonly Undo[] }

export interface LoginThrottle {
  /** Counts an attempt before its password is checked; refused while any counter is locked. */
  attempt(account: string, address: string): Attempt
  /** The password was right: the attempt does not count, and the account-from-address count clears. */
  succeeded(account: string, address: string, ticket: readonly Undo[]): void
  /** Seconds before another attempt is allowed; 0 when free. */
  retryAfter(account: string, address: string): number
}

const keysOf = (account: string, address: string) =>
  [
    [`p:${account}\u0000${address}`, PAIR_LIMIT],
    [`a:${address}`, ADDRESS_LIMIT],
    [`u:${account}`, ACCOUNT_CEILING],
  ] as const

export function createLoginThrottle(now: () => number = Date.now, maxEntries = 20_000): LoginThrottle {
  const entries = new Map<string, Entry>()

  const current = (key: string, t: number): Entry | undefined => {
    const entry = entries.get(key)
    if (!entry) return undefined
    entry.failures = entry.failures.filter((at) => t - at < FAILURE_WINDOW_MS)
    // Forgotten only after a whole quiet window following the last lock, not when the lock ends.
    if (entry.failures.length === 0 && entry.lockedUntil + FAILURE_WINDOW_MS <= t) {
      entries.delete(key)
      return undefined
    }
    return entry
  }

  const wait = (key: string, t: number) => Math.max(0, (current(key, t)?.lockedUntil ?? 0) - t)

  const record = (key: string, limit: number, t: number): Undo => {
    const entry = current(key, t) ?? { failures: [], lockedUntil: 0, locks: 0 }
    const undo = { key, at: t, lockedUntil: entry.lockedUntil, locks: entry.locks }
    entry.failures.push(t)
    // Once locked out, every further failure locks again (for twice as long) until the key has been
    // quiet for a whole window: a slow guesser cannot reset the growth by waiting out one lock.
    if (entry.locks > 0 || entry.failures.length >= limit) {
      entry.locks += 1
      entry.lockedUntil = t + Math.min(FIRST_DELAY_MS * 2 ** (entry.locks - 1), MAX_DELAY_MS)
    }
    entries.delete(key)
    entries.set(key, entry)
    // Bound the memory a flood of made-up usernames can take: the least recently failed go first.
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next()
      if (oldest.done) break
      entries.delete(oldest.value)
    }
    return undo
  }

  const retryAfter = (account: string, address: string) => {
    const t = now()
    const ms = Math.max(...keysOf(account, address).map(([key]) => wait(key, t)))
    return Math.ceil(ms / 1000)
  }

  return {
    retryAfter,
    attempt(account, address) {
      const seconds = retryAfter(account, address)
      if (seconds > 0) return { allowed: false, retryAfter: seconds }
      const t = now()
      return { allowed: true, ticket: keysOf(account, address).map(([key, limit]) => record(key, limit, t)) }
    },
    succeeded(account, address, ticket) {
      for (const undo of ticket) {
        const entry = entries.get(undo.key)
        if (!entry) continue
        const i = entry.failures.lastIndexOf(undo.at)
        if (i >= 0) entry.failures.splice(i, 1)
        // Undo the lock this attempt set, unless later failures locked it again since.
        if (entry.locks === undo.locks + 1) {
          entry.locks = undo.locks
          entry.lockedUntil = undo.lockedUntil
        }
      }
      entries.delete(keysOf(account, address)[0][0])
    },
  }
}
