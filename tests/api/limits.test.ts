// Slow and large clients: a request must arrive within its timeout (a trickled body is cut), small
// routes take small bodies, and the two routes that need more get more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BODY_LIMIT, HTTP_TIMEOUTS, LARGE_BODY_LIMIT } from '../../server/src/http-limits.ts'
import { createTestApp, type TestApp } from '../fixtures/app.ts'
import { as, signIn } from '../fixtures/auth.ts'
import { expectError } from '../fixtures/http.ts'
import { rawRequest } from '../fixtures/raw-http.ts'

let t: TestApp
let port: number
beforeAll(async () => {
  // The production timeouts scaled down 30×, so the test takes a second, not thirty.
  t = await createTestApp({
    timeouts: { requestTimeout: 1000, headersTimeout: 500, connectionsCheckingInterval: 100 },
  })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  port = typeof address === 'object' && address !== null ? address.port : 0
})
afterAll(async () => {
  await t.close()
})

const LOGIN_HEAD =
  'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n'

describe('timeouts', () => {
  it('the server has request, header, keep-alive and idle timeouts', async () => {
    const app = await createTestApp()
    try {
      expect(app.app.server.requestTimeout).toBe(HTTP_TIMEOUTS.requestTimeout)
      expect(app.app.server.headersTimeout).toBe(HTTP_TIMEOUTS.headersTimeout)
      expect(app.app.server.keepAliveTimeout).toBe(HTTP_TIMEOUTS.keepAliveTimeout)
      expect(app.app.server.timeout).toBe(HTTP_TIMEOUTS.connectionTimeout)
      expect(HTTP_TIMEOUTS.requestTimeout).toBeLessThanOrEqual(30_000)
      expect(HTTP_TIMEOUTS.headersTimeout).toBeLessThan(HTTP_TIMEOUTS.requestTimeout)
    } finally {
      await app.close()
    }
  })

  it('cuts a client that trickles its body, with a 408 in the error shape', async () => {
    // 400 bytes, one every 100 ms: 40 s if the server waited; the 1 s request timeout must cut it.
    const trickle = Array.from({ length: 400 }, () => ({ data: ' ', delayMs: 100 }))
    const res = await rawRequest(port, [{ data: LOGIN_HEAD }, ...trickle], 8000)
    expect(res.closedAfterMs).toBeLessThan(8000)
    expect(res.status).toBe(408)
    const body = JSON.parse(res.body) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('request_timeout')
    expect(body.error.message).toMatch(/quá chậm/)
  })

  it('cuts a client that trickles its headers (slowloris)', async () => {
    const trickle = Array.from({ length: 200 }, (_, i) => ({ data: `X-${i}: a\r\n`, delayMs: 100 }))
    const res = await rawRequest(
      port,
      [{ data: 'GET /api/health HTTP/1.1\r\nHost: x\r\n' }, ...trickle],
      8000,
    )
    expect(res.closedAfterMs).toBeLessThan(8000)
    expect(res.status).toBe(408)
  })

  it('a client that sends its request in time is answered as usual', async () => {
    const res = await rawRequest(port, [
      { data: 'GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', delayMs: 0 },
    ])
    expect(res.status).toBe(200)
  })
})

describe('body limits', () => {
  it('sign-in and the other small routes take at most 16 KiB', async () => {
    expect(BODY_LIMIT).toBe(16 * 1024)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'd007', password: 'x'.repeat(BODY_LIMIT) },
    })
    expectError(res, 413, 'payload_too_large')
  })

  it('a deeply nested body within the limit is refused as invalid, not walked', async () => {
    const nested = `{"username":${'['.repeat(8000)}${']'.repeat(8000)},"password":"x"}`
    expect(nested.length).toBeLessThan(BODY_LIMIT)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: nested,
    })
    expect(res.statusCode).toBe(400)
    // The 1 MiB bodies of the security probe no longer reach the parser at all.
    const huge = `{"username":${'['.repeat(500_000)}${']'.repeat(500_000)}}`
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: huge,
    })
    expectError(refused, 413, 'payload_too_large')
  })

  it('a whole report with a long note on every indicator still saves (large-body route)', async () => {
    const admin = as(t.app, await signIn(t.app, 'admin'))
    const report = (await admin.get('/api/organisations/007/years/2024/values')).json<{
      version: number
      values: Array<{ indicator: string }>
    }>()
    const note = 'Ghi chú giải trình số liệu của công đoàn cơ sở, đã đối chiếu với biên bản. '.repeat(25)
    const payload = {
      version: report.version,
      values: report.values.map((v) => ({ indicator: v.indicator, note: note.slice(0, 2000) })),
    }
    const size = Buffer.byteLength(JSON.stringify(payload))
    expect(size).toBeGreaterThan(BODY_LIMIT)
    expect(size).toBeLessThan(LARGE_BODY_LIMIT)
    const res = await admin.send('PUT', '/api/organisations/007/years/2024/values', payload)
    expect(res.statusCode, res.body).toBe(200)
  })
})
