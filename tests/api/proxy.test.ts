// TRUST_PROXY decides which hop may tell the client's address and https: the session cookie's
// Secure flag and the address sign-in throttling counts follow it, and nothing else can.
import { Writable } from 'node:stream'
import { SESSION_COOKIE } from '@ldld/db/contracts'
import { buildApp, type TrustProxy } from '@ldld/server/app'
import { afterEach, describe, expect, it } from 'vitest'
import { loggerOptions } from '../../server/src/plugins/request-log.ts'
import { TEST_PASSWORD_COST } from '../fixtures/app.ts'
import { DEMO_PASSWORD } from '../fixtures/auth.ts'
import { createTestDb, type TestDb } from '../fixtures/db.ts'

const fixtures: TestDb[] = []
afterEach(() => {
  for (const f of fixtures.splice(0)) f.cleanup()
})

/** Signs in through `trustProxy` (app.inject's peer is 127.0.0.1): the cookie's Secure flag and the address the app took. */
async function signInThrough(trustProxy: TrustProxy, forwardedFor: string) {
  const fixture = createTestDb()
  fixtures.push(fixture)
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  const app = await buildApp({
    db: fixture.db,
    trustProxy,
    logger: { ...loggerOptions('debug'), stream },
    passwordCostForTests: TEST_PASSWORD_COST,
  })
  try {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https' },
      payload: { username: 'city', password: DEMO_PASSWORD },
    })
    expect(res.statusCode).toBe(200)
    const incoming = lines.find((l) => l.includes('incoming request')) ?? ''
    return {
      secure: res.cookies.find((c) => c.name === SESSION_COOKIE)?.secure === true,
      address: /"remoteAddress":"([^"]+)"/.exec(incoming)?.[1],
    }
  } finally {
    await app.close()
  }
}

describe('TRUST_PROXY', () => {
  it('no proxy: X-Forwarded-* is ignored', async () => {
    expect(await signInThrough(false, '203.0.113.7')).toEqual({ secure: false, address: '127.0.0.1' })
  })

  it("the proxy's address: its X-Forwarded-* are taken", async () => {
    expect(await signInThrough(['127.0.0.1'], '203.0.113.7')).toEqual({
      secure: true,
      address: '203.0.113.7',
    })
  })

  it('another address: a peer that is not the proxy is not believed', async () => {
    expect(await signInThrough(['10.0.0.5'], '203.0.113.7')).toEqual({ secure: false, address: '127.0.0.1' })
  })

  it('a CIDR and a chain: the first address not inside it is the client, whatever it wrote before', async () => {
    const seen = await signInThrough(['127.0.0.0/8', '10.0.0.0/8'], '6.6.6.6, 203.0.113.7, 10.1.2.3')
    expect(seen).toEqual({ secure: true, address: '203.0.113.7' })
  })

  it('a hop count: that many nearest hops are proxies (Fastify 5.12 alone would trust none)', async () => {
    expect(await signInThrough(1, '6.6.6.6, 203.0.113.7')).toEqual({ secure: true, address: '203.0.113.7' })
    expect(await signInThrough(2, '6.6.6.6, 203.0.113.7')).toEqual({ secure: true, address: '6.6.6.6' })
  })
})
