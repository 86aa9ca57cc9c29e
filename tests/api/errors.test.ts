// The one error body for everything that is not a 2xx: unknown paths, wrong methods, malformed
// requests, errors Node's HTTP parser answers before Fastify (431, bad bytes), crashes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.ts'
import { expectError } from '../fixtures/http.ts'
import { rawRequest, type RawResponse } from '../fixtures/raw-http.ts'

let t: TestApp
let port: number
let webDist: string
beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'ldld-web-'))
  mkdirSync(join(webDist, 'assets'))
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Chỉ tiêu</title>')
  // Routes that exist only in this test: a JSON body to malform, and a handler that crashes.
  t = await createTestApp({
    webDist,
    extend(app) {
      // Open to anonymous callers, so these tests reach the body parser and the handler.
      app.post('/api/test/echo', { config: { access: 'public' } }, async (request) => ({
        received: request.body,
      }))
      app.get('/api/test/crash', { config: { access: 'public' } }, async () => {
        throw new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/secret/path.db')
      })
    },
  })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  port = typeof address === 'object' && address !== null ? address.port : 0
})
afterAll(async () => {
  await t.close()
  rmSync(webDist, { recursive: true, force: true })
})

/** An answer written by Node's parser hook: the same body, in Vietnamese, and the socket closed. */
function expectRawError(res: RawResponse, status: number, code: string): void {
  expectError(
    { statusCode: res.status, headers: res.headers, json: () => JSON.parse(res.body) as unknown },
    status,
    code,
  )
  expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)))
}

describe('errors', () => {
  it('unknown /api route → 404 not_found naming the path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/districts?year=2021' })
    const body = expectError(res, 404, 'not_found')
    expect(body.error.message).toBe('Không tìm thấy đường dẫn "/api/districts".')
  })

  it('a method the path does not have → 405 method_not_allowed with Allow', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/dashboard?year=2021' })
    const body = expectError(res, 405, 'method_not_allowed')
    expect(res.headers['allow']).toBe('GET, HEAD')
    expect(body.error.message).toContain('DELETE')
    const values = await t.app.inject({ method: 'POST', url: '/api/organisations/007/years/2024/values' })
    expectError(values, 405, 'method_not_allowed')
    expect(values.headers['allow']).toBe('GET, HEAD, PUT')
  })

  it('a path outside the web root → 403 forbidden, never bad_request', async () => {
    // Raw, because HTTP clients (and app.inject) resolve the dots before sending.
    const res = await rawRequest(port, [
      { data: 'GET /assets/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
    ])
    expectRawError(res, 403, 'forbidden')
  })

  it('headers too large → 431 headers_too_large with the error body', async () => {
    const res = await rawRequest(port, [
      { data: `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n` },
    ])
    expectRawError(res, 431, 'headers_too_large')
  })

  it('bytes that are not HTTP → 400 bad_request with the error body', async () => {
    expectRawError(await rawRequest(port, [{ data: 'HELLO WORLD\r\n\r\n' }]), 400, 'bad_request')
  })

  it('a body over the limit → 413 payload_too_large', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ note: 'x'.repeat(20 * 1024) }),
    })
    expectError(res, 413, 'payload_too_large')
  })

  it('malformed JSON → 400 invalid_json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"year": 2021,',
    })
    expectError(res, 400, 'invalid_json')
  })

  it('an empty JSON body → 400 invalid_json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '',
    })
    expectError(res, 400, 'invalid_json')
  })

  it('an unsupported content type → 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<year>2021</year>',
    })
    expectError(res, 415, 'unsupported_media_type')
  })

  it('a crash → 500 internal_error that does not leak the cause', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/crash' })
    const body = expectError(res, 500, 'internal_error')
    expect(body.error.message).toMatch(/^Lỗi máy chủ/)
    expect(res.body).not.toMatch(/SQLITE|secret|stack/i)
  })
})
