// Slows down password guessing, in memory (one server process; a restart forgives everyone, which is
// acceptable for a tool of a few hundred officers). Counted per account and per client address:
// the account limit stops guessing one officer's password, the address limit stops one machine
// trying many accounts. Each lock-out doubles the wait, up to 15 minutes.

export const FAILURE_WINDOW_MS = 15 * 60 * 1000
export const ACCOUNT_LIMIT = 5
export const ADDRESS_LIMIT = 20
export const FIRST_DELAY_MS = 60 * 1000
export const MAX_DELAY_MS = 15 * 60 * 1000

interface Entry {
  failures: number[]
  lockedUntil: number
  locks: number
}

export interface LoginThrottle {
  /** Seconds to wait before another attempt for this account or address; 0 when free. */
  retryAfter(account: string, address: string): number
  failure(account: string, address: string): void
  /** A correct password clears the account's count (not the address's: one valid account must not
   *  let a machine go on guessing others). */
  success(account: string): void
}

export function createLoginThrottle(now: () => number = Date.now, maxEntries = 10_000): LoginThrottle {
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

  const record = (key: string, limit: number, t: number) => {
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

  return {
    retryAfter(account, address) {
      const t = now()
      const ms = Math.max(wait(`u:${account}`, t), wait(`a:${address}`, t))
      return Math.ceil(ms / 1000)
    },
    failure(account, address) {
      const t = now()
      record(`u:${account}`, ACCOUNT_LIMIT, t)
      record(`a:${address}`, ADDRESS_LIMIT, t)
    },
    success(account) {
      entries.delete(`u:${account}`)
    },
  }
}
