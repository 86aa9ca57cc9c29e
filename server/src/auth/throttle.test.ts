import { describe, expect, it } from 'vitest'
import {
  ACCOUNT_CEILING,
  ADDRESS_LIMIT,
  createLoginThrottle,
  FAILURE_WINDOW_MS,
  PAIR_LIMIT,
  type LoginThrottle,
  type Ticket,
} from './throttle.ts'

function clock() {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

/** A wrong password, checked and counted; false when the attempt was refused. */
function fail(th: LoginThrottle, account: string, address: string): boolean {
  const a = th.attempt(account, address)
  if (a.allowed) th.failed(a.ticket)
  return a.allowed
}

function take(th: LoginThrottle, account: string, address: string): Ticket {
  const a = th.attempt(account, address)
  if (!a.allowed) throw new Error(`refused ${account}@${address}`)
  return a.ticket
}

describe('login throttle', () => {
  it('locks an account from one address for 60 s after 5 failures, then doubles the wait', () => {
    const c = clock()
    const th = createLoginThrottle(c.now)
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) fail(th, 'lan', '10.0.0.9')
    expect(th.retryAfter('lan', '10.0.0.9')).toBe(0)
    expect(fail(th, 'lan', '10.0.0.9')).toBe(true) // the fifth is still checked
    expect(th.retryAfter('lan', '10.0.0.9')).toBe(60)
    expect(th.attempt('lan', '10.0.0.9')).toEqual({ allowed: false, retryAfter: 60, busy: false })
    c.advance(60_000)
    expect(fail(th, 'lan', '10.0.0.9')).toBe(true) // one more try after the wait…
    expect(th.retryAfter('lan', '10.0.0.9')).toBe(120) // …and its failure locks twice as long
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

  it('counts before the check: of 200 attempts in flight over 200 names from one address, 20 are let through', () => {
    const th = createLoginThrottle(clock().now)
    const attempts = Array.from({ length: 200 }, (_, i) => th.attempt(`user${i}`, '10.0.0.1'))
    expect(attempts.filter((a) => a.allowed)).toHaveLength(ADDRESS_LIMIT)
    expect(attempts.filter((a) => !a.allowed && a.busy && a.retryAfter === 1)).toHaveLength(180)
    for (const a of attempts) if (a.allowed) th.failed(a.ticket)
    expect(th.retryAfter('someone', '10.0.0.1')).toBe(60)
    expect(th.retryAfter('someone', '10.0.0.2')).toBe(0)
  })

  it('right passwords free their places: colleagues behind one office address never lock it', () => {
    const th = createLoginThrottle(clock().now)
    for (let round = 0; round < 5; round += 1) {
      const tickets = Array.from({ length: ADDRESS_LIMIT }, (_, i) => take(th, `officer${i}`, 'office'))
      expect(th.attempt('one-more', 'office')).toMatchObject({ allowed: false, busy: true })
      for (const ticket of tickets) th.succeeded(ticket)
    }
    expect(th.retryAfter('anyone', 'office')).toBe(0)
  })

  it('a right password clears the account-from-address count; a released attempt counts for nothing', () => {
    const th = createLoginThrottle(clock().now)
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) fail(th, 'lan', 'x')
    th.succeeded(take(th, 'lan', 'x'))
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) expect(fail(th, 'lan', 'x')).toBe(true)
    th.released(take(th, 'lan', 'x'))
    expect(th.retryAfter('lan', 'x')).toBe(0)
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
