import { achievementPercent, yoyChange, type Cell } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { readDashboard, cellIn } from '../fixtures/reads.ts'
import { expectInvalid } from '../fixtures/http.ts'

const t = testAppForFile()

const dashboard = (year: number) => readDashboard(t.app, `year=${year}`)
const cellOf = cellIn

describe('GET /api/dashboard — validation', () => {
  it.each([
    ['year=abc', 'year'],
    ['year=1999', 'year'],
    ['year=2101', 'year'],
    ['year=20.5', 'year'],
    ['year=%202021', 'year'],
    ['year=0x7E5', 'year'],
    ['year=-2021', 'year'],
    ['year=', 'year'],
    ['year=2021&year=2022', 'year'],
    ['', 'year'],
    ['year=2021&data=draft', 'data'],
    ['year=2021&district=007', 'district'],
  ])('?%s → 400 naming %s', async (query, path) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/dashboard?${query}` })
    expectInvalid(res, path)
  })

  it('says a repeated year was given more than once, not that it is missing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/dashboard?year=2021&year=2022' })
    const body = expectInvalid(res, 'year')
    expect(body.error.issues?.[0]?.message).toBe('Chỉ nêu một năm, ví dụ year=2021.')
  })

  it('explains the year rule in Vietnamese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/dashboard?year=1999' })
    const body = expectInvalid(res, 'year')
    expect(body.error.issues?.[0]?.message).toBe('Năm phải từ 2000 trở đi.')
  })
})

describe('GET /api/dashboard — happy path', () => {
  it('shows the 30 district federations of 2021, every unit × indicator', async () => {
    const board = await dashboard(2021)
    expect(board.year).toBe(2021)
    expect(board.units).toHaveLength(30)
    expect(board.units.every((u) => u.kind === 'district' && u.parentCode === '01')).toBe(true)
    expect(board.units.map((u) => u.code).slice(0, 2)).toEqual(['001', '002'])
    // new_unions_25plus was added by the city in 2024; earlier dashboards do not show it.
    expect(board.indicators).not.toContain('new_unions_25plus')
    expect(board.indicators).toHaveLength(11)
    expect(board.cells).toHaveLength(30 * 11)
    expect(board.totals.map((x) => x.indicator)).toEqual(board.indicators)
  })

  it('reports Hai Bà Trưng 2021 recruiting 2.352 of 1.330 members: 176,8 %, achieved, sourced', async () => {
    const board = await dashboard(2021)
    const cell = cellOf(board, '007', 'new_members')
    expect(cell).toMatchObject({ actual: 2352, target: 1330, percent: 176.8, percentBasis: 'computed' })
    expect(cell.status).toBe('achieved')
    expect(cell.illustrative).toBe(false)
    expect(cell.quote).toContain('2.352/1.330')
    expect(cell.yoy).toBe(yoyChange(2352, cell.previous))
    const source = board.sources.find((s) => s.id === cell.sourceId)
    expect(source?.kind).toBe('article')
  })

  it('reports Ba Đình 2016 new unions 33/25 = 132 % and Thanh Trì 2020 11/12 = 91,7 % (near)', async () => {
    const badinh = cellOf(await dashboard(2016), '001', 'new_unions')
    expect(badinh).toMatchObject({
      actual: 33,
      target: 25,
      percent: 132,
      status: 'achieved',
      illustrative: false,
    })
    const thanhtri = cellOf(await dashboard(2020), '020', 'new_unions')
    expect(thanhtri).toMatchObject({
      actual: 11,
      target: 12,
      percent: 91.7,
      status: 'near',
      illustrative: false,
    })
  })

  it('recomputes city totals from the units in the same response, never averaging percents', async () => {
    const board = await dashboard(2021)
    expect(board.coverage).toMatchObject({ basis: 'latest', expected: 30, reported: 30 })
    for (const total of board.totals) {
      const cells = board.cells.filter((c) => c.indicator === total.indicator)
      const reported = cells.filter((c) => c.actual !== null)
      const targeted = reported.filter((c) => c.target !== null)
      const shown = targeted.length > 0 ? targeted : reported
      const sum = (xs: Cell[], pick: (c: Cell) => number | null) => xs.reduce((a, c) => a + (pick(c) ?? 0), 0)
      // The result and target a view shows are exactly what the % divides.
      expect(total.actual).toBe(shown.length > 0 ? sum(shown, (c) => c.actual) : null)
      expect(total.target).toBe(targeted.length > 0 ? sum(targeted, (c) => c.target) : null)
      expect(total.percent).toBe(achievementPercent(total.actual, total.target))
      expect(total.basis.allActual).toBe(reported.length > 0 ? sum(reported, (c) => c.actual) : null)
      expect(total.reported).toBe(reported.length)
      expect(total.expected).toBe(30)
      // Last year's total is the sum of last year's actuals of the units that reported both years.
      const both = reported.filter((c) => c.previous !== null)
      expect(total.previous).toBe(both.length > 0 ? sum(both, (c) => c.previous) : null)
      expect(total.basis.change.units).toBe(both.length)
    }
    const members = board.totals.find((x) => x.indicator === 'new_members')
    expect(members?.illustrative).toBe(true)
    expect(members?.percent).not.toBeNull()
  })

  it('adds new_unions_25plus from 2024', async () => {
    const board = await dashboard(2024)
    expect(board.indicators).toContain('new_unions_25plus')
    expect(board.cells).toHaveLength(30 * 12)
  })

  it('2025 has the 30 districts (to 30/6) and the 84 commune and ward unions (from 1/10); 2026 the unions only', async () => {
    const y2025 = await dashboard(2025)
    const kinds = (units: typeof y2025.units) => units.map((u) => u.kind).sort()
    expect(kinds(y2025.units).filter((k) => k === 'district')).toHaveLength(30)
    expect(kinds(y2025.units).filter((k) => k === 'ward' || k === 'commune')).toHaveLength(84)
    // The districts' 2025 figures are an illustrative first half, said so in the note; no target.
    const district = y2025.cells.find((c) => c.unit === '007' && c.indicator === 'new_members')
    expect(district).toMatchObject({ target: null, illustrative: true, status: 'no_target' })
    expect(district?.note).toContain('6 tháng đầu năm')
    const y2026 = await dashboard(2026)
    // Issue 8: the city's level holds the KCN union too (84 commune and ward unions + 1).
    expect(y2026.units).toHaveLength(85)
    expect(y2026.units.some((u) => u.kind === 'district')).toBe(false)
    const y2027 = await dashboard(2027)
    expect(y2027.totals.every((x) => x.status === 'not_reported')).toBe(true)
    expect(y2027.coverage).toMatchObject({ expected: 85, reported: 0 })
  })
})
