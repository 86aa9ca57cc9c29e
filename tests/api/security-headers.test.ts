// Security headers (issue 7 §12) on pages, API answers and errors: a Content-Security-Policy without
// inline script, nosniff, no framing, a referrer policy, and HSTS only over https.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.ts'

let t: TestApp
const web = mkdtempSync(join(tmpdir(), 'ldld-web-'))
beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>x</title><div id="root"></div>')
  t = await createTestApp({ webDist: web })
})
afterAll(async () => {
  await t.close()
  rmSync(web, { recursive: true, force: true })
})

const directives = (header: unknown) =>
  new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  )

describe('security headers', () => {
  it.each(['/', '/dang-nhap', '/api/health', '/api/dashboard?year=2024', '/api/khong-co', '/api/users'])(
    '%s carries CSP, nosniff, frame-ancestors and a referrer policy',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url })
      const csp = directives(res.headers['content-security-policy'])
      expect(csp.get('script-src')).toEqual(["'self'"])
      expect(csp.get('default-src')).toEqual(["'self'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(String(res.headers['content-security-policy'])).not.toMatch(/unsafe-inline|unsafe-eval/)
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['x-frame-options']).toBe('DENY')
      expect(res.headers['referrer-policy']).toBe('same-origin')
      expect(res.headers['strict-transport-security']).toBeUndefined()
    },
  )

  it('the API docs (Swagger UI) may set inline styles, never run inline scripts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' })
    const csp = directives(res.headers['content-security-policy'])
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('HSTS only when the request came over https (here: through a trusted proxy)', async () => {
    const proxied = await createTestApp({ trustProxy: 1 })
    try {
      const https = await proxied.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      })
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000')
      const http = await proxied.app.inject({ method: 'GET', url: '/api/health' })
      expect(http.headers['strict-transport-security']).toBeUndefined()
    } finally {
      await proxied.close()
    }
  })
})
