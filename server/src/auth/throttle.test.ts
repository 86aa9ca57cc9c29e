import { describe, expect, it } from 'vitest'
import {
  ACCOUNT_CEILING,
  ADDRESS_LIMIT,
  createLoginThrottle,
  FAILURE_WINDOW_MS,
  PAIR_LIMIT,
  type LoginThrottle,
} from './throttle.ts'

function clock() {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

/** A failed attempt: counted, never taken back. */
const fail = (th: LoginThrottle, account: string, address: string) => th.attempt(account, address).allowed

describe('login throttle', () => {
  it('locks an account from one address for 60 s after 5 failures, then doubles the wait', () => {
    const c = clock()
    const th = createLoginThrottle(c.now)
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) fail(th, 'lan', '10.0.0.9')
    expect(th.retryAfter('lan', '10.0.0.9')).toBe(0)
    expect(fail(th, 'lan', '10.0.0.9')).toBe(true) // the fifth is still checked
    expect(th.retryAfter('lan', '10.0.0.9')).toBe(60)
    expect(th.attempt('lan', '10.0.0.9')).toEqual({ allowed: false, retryAfter: 60 })
    c.advance(60_000)
    fail(th, 'lan', '10.0.0.9')
    expect(th.retryAfter('lan', '10.0.0.9')).toBe(120)
  })

  it('one address cannot lock the account for another address (issue 7 §9)', () => {
    const th = createLoginThrottle(clock().now)
    for (let i = 0; i < 30; i += 1) fail(th, 'admin', '10.0.0.66')
    expect(th.retryAfter('admin', '10.0.0.66')).toBeGreaterThan(0)
    expect(th.retryAfter('admin', '10.0.0.1')).toBe(0)
    expect(th.attempt('admin', '10.0.0.1').allowed).toBe(true)
  })

  it('a distributed attack reaches the per-account ceiling, which locks every address', () => {
    const th = createLoginThrottle(clock().now)
    for (let i = 0; i < ACCOUNT_CEILING; i += 1) fail(th, 'admin', `10.9.${Math.floor(i / 4)}.${i % 4}`)
    expect(th.retryAfter('admin', '10.0.0.1')).toBe(60)
    expect(th.retryAfter('other', '10.0.0.1')).toBe(0)
  })

  it('counts before the check: of 200 attempts over 200 names from one address, 20 pass', () => {
    const th = createLoginThrottle(clock().now)
    const allowed = Array.from({ length: 200 }, (_, i) => th.attempt(`user${i}`, '10.0.0.1').allowed)
    expect(allowed.filter(Boolean)).toHaveLength(ADDRESS_LIMIT)
    expect(th.retryAfter('someone', '10.0.0.2')).toBe(0)
  })

  it('a right password takes its attempt back and clears the account-from-address count', () => {
    const th = createLoginThrottle(clock().now)
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) fail(th, 'lan', 'x')
    const ok = th.attempt('lan', 'x')
    if (!ok.allowed) throw new Error('refused')
    th.succeeded('lan', 'x', ok.ticket)
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) expect(fail(th, 'lan', 'x')).toBe(true)
    expect(th.retryAfter('lan', 'x')).toBe(0)
    // Successes from one office address never add up to a lock-out.
    for (let i = 0; i < 3 * ADDRESS_LIMIT; i += 1) {
      const a = th.attempt(`officer${i}`, 'office')
      if (!a.allowed) throw new Error(`refused ${i}`)
      th.succeeded(`officer${i}`, 'office', a.ticket)
    }
    expect(th.retryAfter('anyone', 'office')).toBe(0)
  })

  it('caps the wait at 15 minutes and forgets failures older than the window', () => {
    const c = clock()
    const th = createLoginThrottle(c.now)
    for (let i = 0; i < 20; i += 1) {
      fail(th, 'lan', 'x')
      c.advance(th.retryAfter('lan', 'x') * 1000)
    }
    fail(th, 'lan', 'x')
    expect(th.retryAfter('lan', 'x')).toBe(15 * 60)
    c.advance(FAILURE_WINDOW_MS + 15 * 60 * 1000)
    expect(th.retryAfter('lan', 'x')).toBe(0)
    fail(th, 'lan', 'x')
    expect(th.retryAfter('lan', 'x')).toBe(0)
  })

  it('keeps at most maxEntries keys', () => {
    const th = createLoginThrottle(clock().now, 10)
    for (let i = 0; i < 100; i += 1) fail(th, `user${i}`, `a${i}`)
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) fail(th, 'user0', 'b')
    expect(th.retryAfter('user0', 'b')).toBe(0)
  })
})
