// The demo around the 2025 change: an illustrative union list built from the real commune list,
// part-year 2025 figures said so in their notes, and 2026 in progress in every workflow state.
import { checkReport, unitFullName } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { demoAroundTheChange } from './demo-2025.ts'
import { demoFigures } from './illustrative.ts'
import { DISTRICT_H1_NOTE, UNION_Q4_NOTE } from './illustrative-2025.ts'
import { INDICATORS } from './indicators.ts'
import { DEMO_DRAFT_UNIT, stateOf } from './reports-2026.ts'
import { cellKey } from './seed-figure.ts'
import { DEMO_SOURCES } from './sources.ts'
import { buildUnions, readCommunes } from './unions-2025.ts'

const communes = readCommunes()
const unions = buildUnions(communes)
const change = demoAroundTheChange(demoFigures())

describe('the illustrative union list of 2025-10-01', () => {
  it('reads the 126 real communes and wards (51 phường, 75 xã) from the repository copy', () => {
    expect(communes).toHaveLength(126)
    expect(communes.filter((c) => c.adminType === 'phuong')).toHaveLength(51)
    expect(communes.find((c) => c.code === '00256')).toEqual({
      code: '00256',
      name: 'Hai Bà Trưng',
      adminType: 'phuong',
    })
  })

  it('has 84 commune and ward unions covering every commune exactly once, plus the industrial-zone union', () => {
    const local = unions.filter((u) => u.kind === 'ward' || u.kind === 'commune')
    expect(local).toHaveLength(84)
    const covered = local.flatMap((u) => u.covers).sort()
    expect(covered).toEqual(communes.map((c) => c.code).sort())
    expect(
      local.every((u) => u.covers.length >= 1 && u.covers.length <= 3 && u.covers.includes(u.code)),
    ).toBe(true)
    expect(unions.filter((u) => u.kind === 'industrial_zone').map((u) => u.fullName)).toEqual([
      'Công đoàn các KCNC và KCN',
    ])
    expect(new Set(unions.map((u) => u.code)).size).toBe(unions.length)
    expect(
      unions.every((u) => u.validFrom === '2025-10-01' && u.validTo === null && u.parentCode === '01'),
    ).toBe(true)
  })

  it('names each union from its kind (never "LĐLĐ phường …") and links it only to the district of its name', () => {
    for (const u of unions) expect(u.fullName).toBe(unitFullName(u))
    expect(unions.find((u) => u.code === '00256')).toMatchObject({
      fullName: 'Công đoàn phường Hai Bà Trưng',
      predecessors: ['007'],
    })
    expect(unions.find((u) => u.code === '00376')?.fullName).toBe('Công đoàn xã Sóc Sơn')
    expect(unions.filter((u) => u.predecessors.length > 0).every((u) => u.predecessors.length === 1)).toBe(
      true,
    )
  })

  it('says "danh sách minh họa" in the data: every figure after the change points at the illustrative list', () => {
    expect(DEMO_SOURCES[0]?.title).toContain('danh sách minh họa')
    expect(change.figures.every((f) => f.illustrative && f.source === DEMO_SOURCES[0]?.slug)).toBe(true)
  })

  it('is the same on every run', () => {
    expect(buildUnions(communes)).toEqual(unions)
    expect(demoAroundTheChange(demoFigures())).toEqual(change)
  })
})

describe('2025, a split year', () => {
  it('districts: January–June, notes saying so, no targets; unions: October–December, notes saying so', () => {
    const y2025 = change.figures.filter((f) => f.year === 2025)
    const districts = y2025.filter((f) => /^\d{3}$/.test(f.unit))
    expect(new Set(districts.map((f) => f.unit)).size).toBe(30)
    expect(districts.every((f) => f.note === DISTRICT_H1_NOTE && f.target === null)).toBe(true)
    const local = y2025.filter((f) => !/^\d{3}$/.test(f.unit))
    expect(new Set(local.map((f) => f.unit)).size).toBe(85)
    expect(local.every((f) => f.note === UNION_Q4_NOTE && f.target === null)).toBe(true)
  })
})

describe('2026, the year in progress', () => {
  const y2026 = change.figures.filter((f) => f.year === 2026)
  const targeted = INDICATORS.filter((i) => i.takesTarget)

  it('the city has set a target for every union and every indicator that takes one', () => {
    for (const u of unions) {
      for (const ind of targeted) {
        const cell = y2026.find((f) => f.unit === u.code && f.indicator === ind.key)
        expect(cell?.target, cellKey(u.code, ind.key, 2026)).toBeGreaterThan(0)
      }
    }
  })

  it('has reports accepted, submitted, returned and draft, and unions that have not started', () => {
    const states = unions.map(stateOf)
    const n = (s: string) => states.filter((x) => x === s).length
    expect(n('accepted')).toBeGreaterThan(20)
    expect(n('submitted')).toBeGreaterThan(10)
    expect(n('draft')).toBeGreaterThan(3)
    expect(n('returned')).toBeGreaterThan(0)
    expect(n('not_started')).toBeGreaterThan(10)
    expect(change.reports).toHaveLength(unions.length - n('not_started'))
    expect(unions.filter((u) => u.code === DEMO_DRAFT_UNIT).map(stateOf)).toEqual(['draft'])
    expect(change.reports.find((r) => r.status === 'returned')?.reason).toMatch(/đề nghị/)
  })

  it('not started: targets only; complete reports pass the submission checks (warnings explained)', () => {
    const previous = new Map(
      change.figures.filter((f) => f.year === 2025).map((f) => [f.unit + f.indicator, f.actual]),
    )
    for (const u of unions) {
      const rows = y2026.filter((f) => f.unit === u.code)
      const state = stateOf(u)
      if (state === 'not_started') expect(rows.every((f) => f.actual === null)).toBe(true)
      if (state === 'draft' || state === 'not_started') continue
      expect(rows).toHaveLength(12)
      const issues = checkReport(
        rows.map((f) => ({
          ...f,
          note: f.note ?? null,
          previousActual: previous.get(f.unit + f.indicator) ?? null,
        })),
        INDICATORS,
      )
      expect(
        issues.filter((i) => i.severity === 'error' || !i.explained),
        u.code,
      ).toEqual([])
    }
  })
})
