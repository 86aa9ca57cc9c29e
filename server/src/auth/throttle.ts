// Slows down password guessing, in memory (one server process; a restart forgives everyone, which is
// acceptable for a tool of a few hundred officers). Three counters, each over 15 minutes:
// - an account from one address (5): stops one machine guessing one officer's password, and locks
//   only that machine out, so nobody can keep an officer (or the admin) locked by failing on purpose;
// - an address over every account (20): stops one machine spraying one password over many names;
// - an account from everywhere (50): a ceiling only a distributed attack (10+ addresses) reaches.
// An attempt is counted BEFORE its password is verified: while it is being checked it takes a place
// under each limit, so requests in flight cannot all slip through (200 parallel sign-ins from one
// address: 20 are verified, the others are told to retry in a second). Only a wrong password counts
// as a failure and may lock; a right one frees its place and clears the account-from-this-address
// counter, so colleagues behind one office address never lock it. Each lock-out doubles the wait,
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

/** An attempt in flight: the places it holds. Settle it exactly once. */
export interface Ticket {
  account: string
  address: string
}

export type Attempt =
  | { allowed: false; retryAfter: number; /** Full of attempts in flight, not locked. */ busy: boolean }
  | { allowed: true; ticket: Ticket }

export interface LoginThrottle {
  /** Takes a place under every limit before the password is checked; refused when locked or full. */
  attempt(account: string, address: string): Attempt
  /** Wrong password: a failure under every limit (it may lock). */
  failed(ticket: Ticket): void
  /** Right password: frees the places, and the account-from-this-address count clears. */
  succeeded(ticket: Ticket): void
  /** Neither (the check itself failed): frees the places. */
  released(ticket: Ticket): void
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
  const inFlight = new Map<string, number>()
  const hold = (key: string, by: number) => {
    const n = (inFlight.get(key) ?? 0) + by
    if (n > 0) inFlight.set(key, n)
    else inFlight.delete(key)
  }

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

  const record = (key: string, limit: number, t: number): void => {
    const entry = current(key, t) ?? { failures: [], lockedUntil: 0, locks: 0 }
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
  }

  const retryAfter = (account: string, address: string) => {
    const t = now()
    const ms = Math.max(...keysOf(account, address).map(([key]) => wait(key, t)))
    return Math.ceil(ms / 1000)
  }

  const release = ({ account, address }: Ticket) => {
    for (const [key] of keysOf(account, address)) hold(key, -1)
  }

  return {
    retryAfter,
    attempt(account, address) {
      const seconds = retryAfter(account, address)
      if (seconds > 0) return { allowed: false, retryAfter: seconds, busy: false }
      const t = now()
      const keys = keysOf(account, address)
      // Places left under a limit: what is left before a lock, or one at a time once it has locked.
      const left = (key: string, limit: number) => {
        const entry = current(key, t)
        return entry && entry.locks > 0 ? 1 : limit - (entry?.failures.length ?? 0)
      }
      const full = keys.some(([key, limit]) => (inFlight.get(key) ?? 0) >= left(key, limit))
      if (full) return { allowed: false, retryAfter: 1, busy: true }
      for (const [key] of keys) hold(key, 1)
      return { allowed: true, ticket: { account, address } }
    },
    failed(ticket) {
      release(ticket)
      const t = now()
      for (const [key, limit] of keysOf(ticket.account, ticket.address)) record(key, limit, t)
    },
    succeeded(ticket) {
      release(ticket)
      entries.delete(keysOf(ticket.account, ticket.address)[0][0])
    },
    released: release,
  }
}
