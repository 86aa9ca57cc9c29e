import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { readSeries } from '../fixtures/reads.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'

const t = testAppForFile()

const series = (code: string) => readSeries(t.app, code)

describe('GET /api/organisations/:code/series — validation', () => {
  it.each(['a%20b', 'x'.repeat(21), '%C4%90', 'a.b'])('code %s → 400', async (code) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/organisations/${code}/series` })
    expectInvalid(res, 'code')
  })

  it('a malformed percent-encoding → 400 invalid_url', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations/%E0%A4%A/series' })
    expectError(res, 400, 'invalid_url')
  })

  it('an extra query parameter → 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations/007/series?year=2021' })
    expectInvalid(res, 'year')
  })

  it('unknown unit → 404 unit_not_found', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations/xyz/series' })
    const body = expectError(res, 404, 'unit_not_found')
    expect(body.error.message).toBe('Không tìm thấy đơn vị có mã "xyz".')
  })
})

describe('GET /api/organisations/:code/series — happy path', () => {
  it('gives Hai Bà Trưng every year 2016–2025 with a complete year × indicator grid', async () => {
    const s = await series('007')
    expect(s.unit).toMatchObject({ code: '007', name: 'Hai Bà Trưng', kind: 'district', parentCode: '01' })
    // 2025: the illustrative first half, until the district federation ended on 30/6/2025.
    expect(s.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
    // 11 indicators a year, 12 from 2024 (new_unions_25plus).
    expect(s.cells).toHaveLength(8 * 11 + 2 * 12)
    expect(s.cells.every((c) => c.unit === '007')).toBe(true)
  })

  it('carries the sourced 2021 figure and chains each year to the one before', async () => {
    const s = await series('007')
    const at = (year: number) => s.cells.find((c) => c.indicator === 'new_members' && c.year === year)
    expect(at(2021)).toMatchObject({ actual: 2352, target: 1330, percent: 176.8, status: 'achieved' })
    expect(at(2021)?.illustrative).toBe(false)
    for (const year of s.years.slice(1)) expect(at(year)?.previous).toBe(at(year - 1)?.actual ?? null)
    expect(at(2016)?.previous).toBeNull()
    expect(s.sources.some((src) => src.kind === 'article' && src.id === at(2021)?.sourceId)).toBe(true)
  })

  it('serves the city federation too', async () => {
    const s = await series('01')
    expect(s.unit).toMatchObject({ code: '01', kind: 'city', parentCode: null })
  })
})
