// OpenAPI is generated from the zod contracts: every route and its parameters must appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

interface OpenApiDoc {
  openapi: string
  info: { title: string }
  paths: Record<
    string,
    Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }> }>
  >
}

describe('API docs', () => {
  it('GET /api/docs/json lists every route with its parameters', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' })
    expect(res.statusCode).toBe(200)
    const doc = res.json<OpenApiDoc>()
    expect(doc.openapi).toMatch(/^3\./)
    expect(doc.info.title).toBe('API chỉ tiêu LĐLĐ quận/huyện Hà Nội')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/dashboard',
      '/api/health',
      '/api/indicators',
      '/api/indicators/{key}/ranking',
      '/api/organisations',
      '/api/organisations/{code}/series',
      '/api/years',
    ])
    const year = doc.paths['/api/dashboard']?.get?.parameters?.find((p) => p.name === 'year')
    expect(year).toMatchObject({ in: 'query', required: true })
    const key = doc.paths['/api/indicators/{key}/ranking']?.get?.parameters?.find((p) => p.name === 'key')
    expect(key).toMatchObject({ in: 'path', required: true })
  })

  it('describes the dashboard response from the contract schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' })
    const text = res.body
    for (const field of ['cells', 'totals', 'percentBasis', 'illustrative', 'rankChange']) {
      expect(text).toContain(`"${field}"`)
    }
  })

  it('GET /api/docs serves the Swagger UI page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' })
    const page =
      res.statusCode === 302 ? await t.app.inject({ method: 'GET', url: String(res.headers.location) }) : res
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
  })
})
