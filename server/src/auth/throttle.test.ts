import { describe, expect, it } from 'vitest'
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, createLoginThrottle, FAILURE_WINDOW_MS } from './throttle.ts'

function clock() {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('login throttle', () => {
  it('locks an account for 60 s after 5 failures, then doubles the wait', () => {
    const c = clock()
    const th = createLoginThrottle(c.now)
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i += 1) th.failure('lan', `10.0.0.${i}`)
    expect(th.retryAfter('lan', '10.0.0.99')).toBe(0)
    th.failure('lan', '10.0.0.9')
    expect(th.retryAfter('lan', '10.0.0.99')).toBe(60)
    c.advance(60_000)
    expect(th.retryAfter('lan', '10.0.0.99')).toBe(0)
    th.failure('lan', '10.0.0.9')
    expect(th.retryAfter('lan', '10.0.0.99')).toBe(120)
    expect(th.retryAfter('other', '10.0.0.99')).toBe(0)
  })

  it('caps the wait at 15 minutes and forgets failures older than the window', () => {
    const c = clock()
    const th = createLoginThrottle(c.now)
    for (let i = 0; i < 20; i += 1) {
      th.failure('lan', 'x')
      c.advance(th.retryAfter('lan', 'y') * 1000)
    }
    th.failure('lan', 'x')
    expect(th.retryAfter('lan', 'y')).toBe(15 * 60)
    c.advance(FAILURE_WINDOW_MS + 15 * 60 * 1000)
    expect(th.retryAfter('lan', 'y')).toBe(0)
    th.failure('lan', 'x')
    expect(th.retryAfter('lan', 'y')).toBe(0)
  })

  it('locks an address after 20 failures across accounts; success clears only the account', () => {
    const th = createLoginThrottle(clock().now)
    for (let i = 0; i < ADDRESS_LIMIT; i += 1) th.failure(`user${i}`, '10.0.0.1')
    expect(th.retryAfter('someone', '10.0.0.1')).toBe(60)
    expect(th.retryAfter('someone', '10.0.0.2')).toBe(0)
    th.success('someone')
    expect(th.retryAfter('someone', '10.0.0.1')).toBe(60)
  })

  it('keeps at most maxEntries keys', () => {
    const th = createLoginThrottle(clock().now, 10)
    for (let i = 0; i < 100; i += 1) th.failure(`user${i}`, 'a')
    for (let i = 0; i < 4; i += 1) th.failure('user0', 'b')
    expect(th.retryAfter('user0', 'c')).toBe(0)
  })
})
