// The one error body for everything that is not a 2xx: unknown paths, malformed requests, crashes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.ts'
import { expectError } from '../fixtures/http.ts'

let t: TestApp
beforeAll(async () => {
  // Routes that exist only in this test: a JSON body to malform, and a handler that crashes.
  t = await createTestApp({
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
})
afterAll(async () => {
  await t.close()
})

describe('errors', () => {
  it('unknown /api route → 404 not_found naming the path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/districts?year=2021' })
    const body = expectError(res, 404, 'not_found')
    expect(body.error.message).toBe('Không tìm thấy đường dẫn "/api/districts".')
  })

  it('a method the path does not have → 404 not_found', async () => {
    expectError(await t.app.inject({ method: 'DELETE', url: '/api/dashboard?year=2021' }), 404, 'not_found')
  })

  it('without a web build, a page path is a JSON 404 too', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/xep-hang' }), 404, 'not_found')
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
