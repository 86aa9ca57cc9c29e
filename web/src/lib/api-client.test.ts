import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { report, stubFetch } from '../test/write-fixtures.ts'
import { apiGet, apiSend, ConflictError, setCsrfToken, setUnauthorizedHandler } from './api-client.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken(null)
  setUnauthorizedHandler(null)
})

describe('api client', () => {
  it('sends the session CSRF token on writes', async () => {
    const { fetchStub, calls } = stubFetch(() => [200, {}])
    vi.stubGlobal('fetch', fetchStub)
    setCsrfToken('abc')
    await apiSend('PUT', '/api/settings', { publicRead: false }, z.unknown())
    expect(calls[0]?.headers['x-csrf-token']).toBe('abc')
    expect(calls[0]?.headers['content-type']).toBe('application/json')
  })

  it('hands a 401 to the sign-in redirect, except from the auth endpoints themselves', async () => {
    const unauthorized = vi.fn()
    setUnauthorizedHandler(unauthorized)
    vi.stubGlobal(
      'fetch',
      stubFetch(() => [401, { error: { code: 'unauthorized', message: 'Cần đăng nhập.' } }]).fetchStub,
    )
    await expect(apiGet('/api/dashboard?year=2021', z.unknown())).rejects.toMatchObject({
      status: 401,
      message: 'Cần đăng nhập.',
    })
    expect(unauthorized).toHaveBeenCalledTimes(1)
    await expect(apiSend('POST', '/api/auth/login', {}, z.unknown())).rejects.toMatchObject({ status: 401 })
    expect(unauthorized).toHaveBeenCalledTimes(1)
  })

  it('turns a version conflict into a ConflictError carrying the current report', async () => {
    const current = report({ version: 9 })
    vi.stubGlobal(
      'fetch',
      stubFetch(() => [
        409,
        { error: { code: 'version_conflict', message: 'Đã thay đổi.', current, cells: [] } },
      ]).fetchStub,
    )
    const error: unknown = await apiSend(
      'PUT',
      '/api/organisations/007/years/2021/values',
      {},
      z.unknown(),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).current.version).toBe(9)
  })

  it('keeps the issues of a 422 for the form to show', async () => {
    const body = {
      error: {
        code: 'report_incomplete',
        message: 'Chưa gửi được.',
        issues: [{ path: 'new_members.note', message: 'Cần ghi chú.' }],
      },
    }
    vi.stubGlobal('fetch', stubFetch(() => [422, body]).fetchStub)
    await expect(apiSend('POST', '/api/x', {}, z.unknown())).rejects.toMatchObject({
      code: 'report_incomplete',
      issues: [{ message: 'Cần ghi chú.' }],
    })
  })

  it('checks a long list whole, in slices: defaults filled, a bad item anywhere refused', async () => {
    const schema = z.object({
      year: z.number(),
      cells: z.array(z.object({ value: z.number(), note: z.string().nullable().default(null) })),
    })
    const cells = Array.from({ length: 700 }, (_, i) => ({ value: i }))
    vi.stubGlobal('fetch', stubFetch(() => [200, { year: 2026, cells }]).fetchStub)
    let browserTurns = 0
    const tick = () => {
      browserTurns += 1
      if (browserTurns < 100) setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    const answer = await apiGet('/api/dashboard?year=2026', schema)
    // The browser got turns while the 700 cells were checked (one slice of 150 per turn).
    expect(browserTurns).toBeGreaterThanOrEqual(4)
    expect(answer).toEqual(schema.parse({ year: 2026, cells }))
    expect(answer.cells[650]).toEqual({ value: 650, note: null })

    const bad = cells.map((cell, i) => (i === 612 ? { value: 'x' } : cell))
    vi.stubGlobal('fetch', stubFetch(() => [200, { year: 2026, cells: bad }]).fetchStub)
    await expect(apiGet('/api/dashboard?year=2026', schema)).rejects.toMatchObject({
      code: 'invalid_response',
    })
    vi.stubGlobal('fetch', stubFetch(() => [200, { year: '2026', cells }]).fetchStub)
    await expect(apiGet('/api/dashboard?year=2026', schema)).rejects.toMatchObject({
      code: 'invalid_response',
    })
  })
})
