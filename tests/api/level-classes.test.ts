// Issue 8, scale: a level adds its totals from classes of children whose sums the database keeps
// (`level_sums`, `figures.levelClasses`) and its coverage from its children counted per report state
// (`level_units`), not from a JS object per figure. Whatever the year, level, page, groups, bounds,
// part years, basis or reader, they must equal the same level read figure by figure (the reports'
// `totals: 'figures'`), and a page's cells the whole level's.
import { dashboardResponseSchema, type Dashboard, type DataBasis } from '@ldld/db/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.ts'
import { withoutUnits } from '../fixtures/reads.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

async function dashboard(query: string): Promise<Dashboard> {
  const res = await t.app.inject({ method: 'GET', url: `/api/dashboard?${query}` })
  expect(res.statusCode, res.body).toBe(200)
  return dashboardResponseSchema.parse(res.json())
}

describe('totals of a level larger than a page', () => {
  it.each(
    [2016, 2020, 2021, 2024, 2025, 2026].flatMap((year) => [`year=${year}`, `year=${year}&data=accepted`]),
  )('%s: the first page of 7 units adds what the whole level adds', async (query) => {
    const whole = await dashboard(`${query}&units=all`)
    const first = await dashboard(`${query}&limit=7`)
    expect(first.page.pages).toBeGreaterThan(1)
    expect(first.totals).toEqual(whole.totals)
    const codes = new Set(first.units.map((u) => u.code))
    // The same groups, counts and totals; each group names the page's children only.
    expect(first.groups).toEqual(
      whole.groups.map((g) => ({ ...g, units: g.units.filter((code) => codes.has(code)) })),
    )
    expect(first.coverage).toEqual(whole.coverage)
    expect(first.totalsBasis).toEqual(whole.totalsBasis)
    // The page's own cells are the whole level's.
    expect(first.cells).toEqual(whole.cells.filter((c) => codes.has(c.unit)))
    // And a later page reuses the same totals.
    const later = await dashboard(`${query}&limit=7&page=3`)
    expect(later.totals).toEqual(whole.totals)
  })

  it('2021 holds the cases the classes must keep apart: bounds, a source silent on the target, illustrative', async () => {
    const whole = await dashboard('year=2021&units=all')
    const cells = whole.cells
    expect(cells.some((c) => c.actualQualifier !== 'exact')).toBe(true)
    expect(cells.some((c) => c.status === 'source_no_target')).toBe(true)
    expect(cells.some((c) => c.illustrative) && cells.some((c) => !c.illustrative && c.actual !== null)).toBe(
      true,
    )
  })
})

describe('every level adds what its figures add, one by one', () => {
  const figureByFigure = (year: number, basis: DataBasis, level: { limit?: number; all?: boolean }) =>
    dashboardResponseSchema.parse(
      t.app.reports.dashboard(year, { basis, reader: null }, { ...level, totals: 'figures' }),
    )
  it.each(
    [2016, 2021, 2024, 2025, 2026].flatMap((year) =>
      (['latest', 'accepted'] as const).map((basis) => [year, basis] as const),
    ),
  )(
    '%i, %s: the city, all units and a page of 7 equal the same level added figure by figure',
    async (year, basis) => {
      const levels = [
        { query: '', level: {} },
        { query: '&units=all', level: { all: true } },
        { query: '&limit=7', level: { limit: 7 } },
      ]
      for (const { query, level } of levels) {
        const stored = await dashboard(`year=${year}&data=${basis}${query}`)
        const added = figureByFigure(year, basis, level)
        expect(stored.totals).toEqual(added.totals)
        expect(withoutUnits(stored.groups)).toEqual(withoutUnits(added.groups))
        expect(stored.groups.flatMap((g) => g.units).sort()).toEqual(stored.units.map((u) => u.code).sort())
        expect(stored.coverage).toEqual(added.coverage)
        expect(stored.totalsBasis).toEqual(added.totalsBasis)
        expect(stored.cells).toEqual(added.cells)
      }
    },
  )
})
