import { cellsCodec } from '@ldld/db/contracts'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { bodyIn, createResponseCache, jsonBytes, preferredEncoding, revisionEtag } from './response-cache.ts'

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
  const at = (resource: string, audience = 'public') => ({ resource, audience })

  it('builds once per revision and rebuilds when the revision changes', () => {
    let revision = '1'
    let builds = 0
    const cache = createResponseCache(() => revision)
    const build = () => ({ n: ++builds })
    expect(cache.json(at('k'), schema, build)?.bodies.identity?.toString()).toBe('{"n":1}')
    expect(cache.json(at('k'), schema, build)?.bodies.identity?.toString()).toBe('{"n":1}')
    revision = '2'
    expect(cache.json(at('k'), schema, build)?.bodies.identity?.toString()).toBe('{"n":2}')
  })

  it('does not cache a miss, and refuses a body that breaks the contract', () => {
    const cache = createResponseCache(() => '1')
    expect(cache.json(at('missing'), schema, () => undefined)).toBeUndefined()
    expect(() => cache.json(at('bad'), schema, () => ({ n: 'one' }) as unknown as { n: number })).toThrow()
  })

  it('sends the body as built, leaving defaulted fields out, and refuses keys the contract does not name', () => {
    const withDefaults = z.object({ n: z.number(), note: z.string().nullable().default(null) })
    const cache = createResponseCache(() => '1')
    expect(cache.json(at('slim'), withDefaults, () => ({ n: 1 }))?.bodies.identity?.toString()).toBe(
      '{"n":1}',
    )
    expect(() => cache.json(at('leak'), withDefaults, () => ({ n: 1, id: 7 }) as { n: number })).toThrow(
      /\$\.id/,
    )
  })

  it('checks cells sent as columns against their strict wire schema', () => {
    const board = z.object({ cells: cellsCodec })
    const grid = { year: 2026, units: ['001'], indicators: ['new_members'], status: ['no_data' as const] }
    const cache = createResponseCache(() => '1')
    expect(cache.json(at('grid'), board, () => ({ cells: grid }))?.bodies.identity?.toString()).toBe(
      JSON.stringify({ cells: grid }),
    )
    expect(() => cache.json(at('grid-leak'), board, () => ({ cells: { ...grid, orgId: [7] } }))).toThrow(
      /orgId/,
    )
    // A column that does not fit the grid (two values for one cell) is refused too.
    expect(() => cache.json(at('grid-bad'), board, () => ({ cells: { ...grid, actual: [1, 2] } }))).toThrow()
  })

  it('checks nothing when contract checks are off (the production server)', () => {
    const cache = createResponseCache(() => '1', { checkContracts: false })
    expect(
      cache
        .json(at('bad'), schema, () => ({ n: 'one' }) as unknown as { n: number })
        ?.bodies.identity?.toString(),
    ).toBe('{"n":"one"}')
  })

  it('drops the oldest entry beyond its size limit', () => {
    let builds = 0
    const cache = createResponseCache(() => '1', { maxEntries: 2 })
    const build = () => ({ n: ++builds })
    cache.json(at('a'), schema, build)
    cache.json(at('b'), schema, build)
    cache.json(at('c'), schema, build)
    expect(cache.json(at('b'), schema, build)?.bodies.identity?.toString()).toBe('{"n":2}')
    expect(cache.json(at('a'), schema, build)?.bodies.identity?.toString()).toBe('{"n":4}')
  })

  it('keeps one body per audience: a body built for the city is never served to the public', () => {
    const cache = createResponseCache(() => '1')
    cache.json(at('dashboard:2026:latest', 'all'), schema, () => ({ n: 1 }))
    cache.json(at('dashboard:2026:latest', 'unit:007'), schema, () => ({ n: 2 }))
    const pub = cache.json(at('dashboard:2026:latest', 'public'), schema, () => ({ n: 3 }))
    expect(pub?.bodies.identity?.toString()).toBe('{"n":3}')
    expect(pub?.audience).toBe('public')
    expect(
      cache.json(at('dashboard:2026:latest', 'all'), schema, () => ({ n: 9 }))?.bodies.identity?.toString(),
    ).toBe('{"n":1}')
  })

  it('tags a body by revision and key, not by reading it: a new revision or another key, a new tag', () => {
    let revision = '3.0'
    const cache = createResponseCache(() => revision)
    const first = cache.json(at('k'), schema, () => ({ n: 1 }))
    expect(first?.etag).toBe(revisionEtag('3.0', 'k|notes=public'))
    expect(first?.etag).toMatch(/^"[\w-]+"$/)
    expect(cache.json(at('k', 'all'), schema, () => ({ n: 1 }))?.etag).not.toBe(first?.etag)
    revision = '3.1'
    // The same body after a commit elsewhere is tagged anew (a 200, never a stale 304).
    expect(cache.json(at('k'), schema, () => ({ n: 1 }))?.etag).not.toBe(first?.etag)
  })

  it('keeps one compressed body in place of the JSON and makes any other encoding from it', () => {
    const cache = createResponseCache(() => '1')
    // Large enough to be compressed at the fast level, with Vietnamese text.
    const big = { n: 1, names: Array.from({ length: 4000 }, (_, i) => `Công đoàn phường số ${i}`) }
    const json = JSON.stringify(big)
    const entry = cache.json(at('big'), z.object({ n: z.number(), names: z.array(z.string()) }), () => big)
    if (!entry) throw new Error('no entry')
    expect(entry.bodies.identity?.toString()).toBe(json)
    const gzip = bodyIn(entry, 'gzip')
    expect(gunzipSync(gzip).toString()).toBe(json)
    // The JSON's bytes are no longer kept, but can still be sent.
    expect(Object.keys(entry.bodies)).toEqual(['gzip'])
    expect(bodyIn(entry, 'identity').toString()).toBe(json)
    expect(brotliDecompressSync(bodyIn(entry, 'br')).toString()).toBe(json)
    expect(Object.keys(entry.bodies).sort()).toEqual(['br', 'gzip'])
    // Kept: asked again, the same bytes.
    expect(bodyIn(entry, 'gzip')).toBe(gzip)
    // An entry whose first reader asked for brotli makes gzip from it.
    const other = cache.json(at('big2'), z.object({ n: z.number(), names: z.array(z.string()) }), () => big)
    if (!other) throw new Error('no entry')
    bodyIn(other, 'br')
    expect(Object.keys(other.bodies)).toEqual(['br'])
    expect(gunzipSync(bodyIn(other, 'gzip')).toString()).toBe(json)
  })

  it('writes the same bytes as JSON.stringify, field by field', () => {
    const values: unknown[] = [
      { a: 1, b: 'Công đoàn phường Hai Bà Trưng', c: [1.5, null, 'x'], d: undefined, e: () => 1 },
      { 'khóa "lạ"\n': { nested: 'ả' }, plain: 'ascii', n: -0, big: 1e21, s: Symbol('x') },
      {},
      { only: undefined },
      [1, 'á', { b: 2 }],
      'chuỗi',
      42,
      null,
      { date: new Date(0), toJSONInside: { toJSON: () => 'x' } },
      { toJSON: () => ({ replaced: true }) },
    ]
    for (const value of values) expect(jsonBytes(value).toString('utf8')).toBe(JSON.stringify(value))
  })
})
