// Health and the small lists the web loads first: units, indicators, years.
import {
  healthSchema,
  indicatorsResponseSchema,
  organisationsResponseSchema,
  yearsResponseSchema,
} from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { expectInvalid } from '../fixtures/http.ts'

const t = testAppForFile()

const get = (url: string) => t.app.inject({ method: 'GET', url })

describe('catalogue — validation', () => {
  it.each(['/api/health', '/api/organisations', '/api/indicators', '/api/years'])(
    '%s?x=1 → 400 (no parameters accepted)',
    async (path) => {
      expectInvalid(await get(`${path}?x=1`), 'x')
    },
  )
})

describe('catalogue — happy path', () => {
  it('GET /api/health answers ok when SQLite answers', async () => {
    const res = await get('/api/health')
    expect(res.statusCode).toBe(200)
    expect(healthSchema.parse(res.json())).toEqual({ status: 'ok', database: 'ok' })
  })

  it('GET /api/organisations lists the city, its 30 districts and the (illustrative) 2025 unions', async () => {
    const res = await get('/api/organisations')
    expect(res.statusCode).toBe(200)
    const { organisations } = organisationsResponseSchema.parse(res.json())
    expect(organisations).toHaveLength(1 + 30 + 84 + 1)
    expect(organisations[0]).toMatchObject({ code: '01', name: 'Hà Nội', kind: 'city', parentCode: null })
    const hbt = organisations.find((o) => o.code === '007')
    expect(hbt).toMatchObject({ name: 'Hai Bà Trưng', parentCode: '01', validTo: '2025-06-30' })
    expect(organisations.filter((o) => o.kind === 'district')).toHaveLength(30)
    // "Đ" must be U+0110, never the look-alike U+00D0 (domain.md §2).
    expect(organisations.some((o) => o.name.includes('\u00d0'))).toBe(false)
    expect(organisations.find((o) => o.code === '001')?.name).toBe('Ba \u0110ình')
    // Same short name, another unit: the ward union of 2025 is not the district federation.
    expect(organisations.find((o) => o.code === '00256')).toMatchObject({
      name: 'Hai Bà Trưng',
      fullName: 'Công đoàn phường Hai Bà Trưng',
      kind: 'ward',
      adminType: 'phuong',
      validFrom: '2025-10-01',
      validTo: null,
    })
    expect(organisations.find((o) => o.code === 'KCN')?.fullName).toBe('Công đoàn các KCNC và KCN')
    expect(organisations.filter((o) => o.kind === 'ward' || o.kind === 'commune')).toHaveLength(84)
  })

  it('GET /api/indicators lists the 12 indicators in display order', async () => {
    const res = await get('/api/indicators')
    const { indicators } = indicatorsResponseSchema.parse(res.json())
    expect(indicators).toHaveLength(12)
    const orders = indicators.map((i) => i.sortOrder)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    expect(indicators.find((i) => i.key === 'new_unions_25plus')?.firstYear).toBe(2024)
    expect(indicators.find((i) => i.key === 'new_members')).toMatchObject({
      takesTarget: true,
      unitKind: 'count',
    })
  })

  it('GET /api/years gives the years with figures and the latest', async () => {
    const res = await get('/api/years')
    const years = yearsResponseSchema.parse(res.json())
    expect(years).toMatchObject({
      // 2025: districts January–June and unions October–December; 2026: the year in progress.
      years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
      latest: 2026,
      planYears: [],
    })
    expect(years.writable.to).toBe(years.currentYear + 1)
  })
})
