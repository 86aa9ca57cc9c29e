// OpenAPI is generated from the zod contracts: every route and its parameters must appear.
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'

const t = testAppForFile()

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
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/auth/password',
      '/api/dashboard',
      '/api/extract',
      '/api/health',
      '/api/imports',
      '/api/imports/text',
      '/api/imports/{id}/apply',
      '/api/imports/{id}/mapping',
      '/api/indicators',
      '/api/indicators/{key}/ranking',
      '/api/organisations',
      '/api/organisations/export',
      '/api/organisations/import',
      '/api/organisations/import/preview',
      '/api/organisations/predecessors',
      '/api/organisations/{code}/series',
      '/api/organisations/{code}/years/{year}/accept',
      '/api/organisations/{code}/years/{year}/history',
      '/api/organisations/{code}/years/{year}/return',
      '/api/organisations/{code}/years/{year}/submit',
      '/api/organisations/{code}/years/{year}/unlock',
      '/api/organisations/{code}/years/{year}/values',
      '/api/reports',
      '/api/settings',
      '/api/targets/{year}',
      '/api/templates/{file}',
      '/api/users',
      '/api/users/bulk',
      '/api/users/bulk/preview',
      '/api/users/{id}',
      '/api/years',
    ])
    const year = doc.paths['/api/dashboard']?.get?.parameters?.find((p) => p.name === 'year')
    expect(year).toMatchObject({ in: 'query', required: true })
    const key = doc.paths['/api/indicators/{key}/ranking']?.get?.parameters?.find((p) => p.name === 'key')
    expect(key).toMatchObject({ in: 'path', required: true })
  })

  it('explains how an API client authenticates, and marks which operations need what', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' })
    const doc = res.json<
      OpenApiDoc & {
        info: { description: string }
        components: { securitySchemes: Record<string, { type: string; in: string; name: string }> }
        paths: Record<string, Record<string, { security?: Array<Record<string, string[]>> }>>
      }
    >()
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'ldld_session' },
      csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    })
    for (const step of ['POST /api/auth/login', 'X-CSRF-Token', 'csrfToken', 'cross_origin', 'Retry-After']) {
      expect(doc.info.description).toContain(step)
    }
    expect(doc.paths['/api/auth/login']?.post?.security).toEqual([])
    expect(doc.paths['/api/organisations/{code}/years/{year}/values']?.put?.security).toEqual([
      { sessionCookie: [], csrfToken: [] },
    ])
    expect(doc.paths['/api/users']?.get?.security).toEqual([{ sessionCookie: [] }])
    // Read routes are open while the public view is on: authentication is optional there.
    expect(doc.paths['/api/dashboard']?.get?.security).toEqual([{}, { sessionCookie: [] }])
  })

  it('describes the dashboard response from the contract schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' })
    const text = res.body
    for (const field of ['cells', 'totals', 'percentBasis', 'illustrative', 'rankChange']) {
      expect(text).toContain(`"${field}"`)
    }
  })

  it('describes the dashboard’s cells as sent: a grid of columns, not the decoded cells', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>
    }>()
    type Schema = { properties?: Record<string, Schema>; required?: string[]; [key: string]: unknown }
    // The response's `cells`, wherever the document nests it (content type, $ref-free schema).
    const find = (node: unknown): Schema | undefined => {
      if (node === null || typeof node !== 'object') return undefined
      const schema = node as Schema
      if (schema.properties?.cells?.properties) return schema.properties.cells
      for (const child of Object.values(schema)) {
        const found = find(child)
        if (found) return found
      }
      return undefined
    }
    const ok = doc.paths['/api/dashboard']?.get?.responses?.['200']
    const cells = find(ok)
    expect(cells, JSON.stringify(ok).slice(0, 400)).toBeDefined()
    for (const column of ['units', 'indicators', 'status', 'actual', 'derivedFrom', 'quoteParts', 'note'])
      expect(Object.keys(cells?.properties ?? {})).toContain(column)
    expect(cells?.required).toEqual(['year', 'units', 'indicators', 'status'])
    // A text column may come coded: its values once (`of`) and a code per cell (`at`).
    expect(JSON.stringify(cells?.properties?.note)).toContain('"of"')
    expect(JSON.stringify(cells?.properties?.status)).toContain('"at"')
  })

  it('GET /api/docs serves the Swagger UI page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' })
    const page =
      res.statusCode === 302 ? await t.app.inject({ method: 'GET', url: String(res.headers.location) }) : res
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
  })

  it('GET /api/docs with a query string lands on the page without it, in one redirect, never a loop', async () => {
    for (const url of [
      '/api/docs?x=1',
      '/api/docs/?url=https://example.org/x.json',
      '/api/docs/static/index.html?a=b',
    ]) {
      const res = await t.app.inject({ method: 'GET', url })
      expect(res.statusCode, url).toBe(302)
      expect(res.headers.location, url).toBe('/api/docs')
    }
    // What the UI's initializer then loads: the spec, as JSON.
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' })
    expect(page.statusCode).toBe(200)
    const spec = await t.app.inject({ method: 'GET', url: '/api/docs/json' })
    expect(spec.headers['content-type']).toMatch(/application\/json/)
  })
})
