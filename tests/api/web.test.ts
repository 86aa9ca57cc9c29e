// The built React app is served by the same server: hashed assets cached forever, deep links
// answered with index.html so the client router can take over, and the API keeps JSON 404s.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.ts'
import { expectError } from '../fixtures/http.ts'

const INDEX = '<!doctype html><html lang="vi"><title>Chỉ tiêu LĐLĐ</title><div id="root"></div></html>'
let webDist: string
let t: TestApp

beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'ldld-web-'))
  mkdirSync(join(webDist, 'assets'))
  writeFileSync(join(webDist, 'index.html'), INDEX)
  writeFileSync(join(webDist, 'assets', 'index-4f9a2c.js'), 'console.log("bảng điều khiển")')
  // The build writes a .br beside each text file; a different body tells the file was sent as it is.
  writeFileSync(join(webDist, 'assets', 'charts-7b1e0d.js'), 'console.log("biểu đồ")')
  writeFileSync(
    join(webDist, 'assets', 'charts-7b1e0d.js.br'),
    brotliCompressSync(Buffer.from('console.log("biểu đồ — nén sẵn")')),
  )
  t = await createTestApp({ webDist })
})
afterAll(async () => {
  await t.close()
  rmSync(webDist, { recursive: true, force: true })
})

const get = (url: string) => t.app.inject({ method: 'GET', url })

describe('web build — errors', () => {
  it('a missing asset stays a 404, not index.html', async () => {
    expectError(await get('/assets/index-000000.js'), 404, 'not_found')
  })

  it('an unknown API path stays a JSON 404', async () => {
    expectError(await get('/api/xep-hang'), 404, 'not_found')
  })

  it('a POST to a page path is a JSON 404', async () => {
    expectError(await t.app.inject({ method: 'POST', url: '/xep-hang' }), 404, 'not_found')
  })
})

describe('web build — happy path', () => {
  it('serves index.html at / and revalidates it', async () => {
    const res = await get('/')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.body).toBe(INDEX)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('answers a deep link with index.html (SPA fallback)', async () => {
    const res = await get('/xep-hang/new_members?year=2021')
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe(INDEX)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('caches hashed assets for a year, immutable', async () => {
    const res = await get('/assets/index-4f9a2c.js')
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('sends the precompressed .br as it is, still cached for a year', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/assets/charts-7b1e0d.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe('console.log("biểu đồ — nén sẵn")')
  })

  it('without a precompressed file, compresses the asset itself', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/assets/charts-7b1e0d.js',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(res.rawPayload).toString()).toBe('console.log("biểu đồ")')
  })

  it('still answers the API', async () => {
    expect((await get('/api/health')).statusCode).toBe(200)
  })
})
