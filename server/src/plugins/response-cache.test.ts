import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { createResponseCache, preferredEncoding } from './response-cache.ts'

describe('preferredEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['identity', null],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['GZIP', 'gzip'],
  ] as const)('%s → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected)
  })
})

describe('createResponseCache', () => {
  const schema = z.object({ n: z.number() })

  it('builds once per revision and rebuilds when the revision changes', () => {
    let revision = '1'
    let builds = 0
    const cache = createResponseCache(() => revision)
    const build = () => ({ n: ++builds })
    expect(cache.json('k', schema, build)?.json).toBe('{"n":1}')
    expect(cache.json('k', schema, build)?.json).toBe('{"n":1}')
    revision = '2'
    expect(cache.json('k', schema, build)?.json).toBe('{"n":2}')
  })

  it('does not cache a miss, and refuses a body that breaks the contract', () => {
    const cache = createResponseCache(() => '1')
    expect(cache.json('missing', schema, () => undefined)).toBeUndefined()
    expect(() => cache.json('bad', schema, () => ({ n: 'one' }) as unknown as { n: number })).toThrow()
  })

  it('drops the oldest entry beyond its size limit', () => {
    let builds = 0
    const cache = createResponseCache(() => '1', 2)
    const build = () => ({ n: ++builds })
    cache.json('a', schema, build)
    cache.json('b', schema, build)
    cache.json('c', schema, build)
    expect(cache.json('b', schema, build)?.json).toBe('{"n":2}')
    expect(cache.json('a', schema, build)?.json).toBe('{"n":4}')
  })
})
