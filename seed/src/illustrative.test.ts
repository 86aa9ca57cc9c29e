import { achievementPercent, statusOf, type Status } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { demoFigures, generateIllustrative } from './illustrative.ts'
import { YEARS } from './illustrative-stocks.ts'
import { INDICATORS } from './indicators.ts'
import { DISTRICT_CODES } from './organisations.ts'
import { REAL_FIGURES } from './real-figures.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'
import { validateFigures } from './validate.ts'

const demo = demoFigures()
const byCell = new Map(demo.map((f) => [cellKey(f.unit, f.indicator, f.year), f]))
const value = (unit: string, indicator: string, year: number) =>
  byCell.get(cellKey(unit, indicator, year))?.actual

function statusOfFigure(f: SeedFigure): Status {
  const actual = f.actual ?? null
  const target = f.target ?? null
  return statusOf({ actual, target, percent: achievementPercent(actual, target), higherIsBetter: true })
}

describe('illustrative generator', () => {
  it('is deterministic: two runs give the same rows', () => {
    expect(generateIllustrative()).toEqual(generateIllustrative())
    expect(demoFigures()).toEqual(demo)
  })

  it('covers every district × 2016–2024 × indicator (new_unions_25plus from 2024), each cell once', () => {
    for (const unit of DISTRICT_CODES) {
      for (const year of YEARS) {
        for (const ind of INDICATORS) {
          const expected = ind.firstYear === null || year >= ind.firstYear
          expect(byCell.has(cellKey(unit, ind.key, year)), cellKey(unit, ind.key, year)).toBe(expected)
        }
      }
    }
    expect(byCell.size).toBe(demo.length)
  })

  it('labels every generated row illustrative, without note or quote, and passes validation', () => {
    for (const f of generateIllustrative()) {
      expect(f).toMatchObject({ illustrative: true, source: 'illustrative', note: null, quote: null })
    }
    expect(validateFigures(demo)).toHaveLength(demo.length)
  })

  it('keeps members ≤ workers and new unions with ≥ 25 members ≤ new unions', () => {
    for (const unit of DISTRICT_CODES) {
      for (const year of YEARS) {
        expect(value(unit, 'members_total', year)).toBeLessThanOrEqual(
          value(unit, 'workers_total', year) ?? 0,
        )
      }
      expect(value(unit, 'new_unions_25plus', 2024)).toBeLessThanOrEqual(value(unit, 'new_unions', 2024) ?? 0)
    }
  })

  it('moves stocks smoothly and stays below the city totals of 2023', () => {
    for (const unit of DISTRICT_CODES) {
      for (const year of YEARS.slice(1)) {
        const change =
          (value(unit, 'members_total', year) ?? 0) / (value(unit, 'members_total', year - 1) ?? 1)
        expect(change, `${unit} ${year}`).toBeGreaterThan(0.9)
        expect(change, `${unit} ${year}`).toBeLessThan(1.1)
      }
    }
    const sum2023 = (key: string) => DISTRICT_CODES.reduce((s, unit) => s + (value(unit, key, 2023) ?? 0), 0)
    expect(sum2023('unions_total')).toBeLessThan(9360)
    expect(sum2023('members_total')).toBeLessThan(700_000)
  })

  it('rounds money to 100.000 đ and gives welfare spending no target', () => {
    for (const f of generateIllustrative()) {
      const ind = INDICATORS.find((i) => i.key === f.indicator)
      if (ind?.unitKind === 'money') expect((f.actual ?? 0) % 100_000).toBe(0)
      if (ind && !ind.takesTarget) expect(f.target).toBeNull()
      if (ind?.takesTarget) expect(f.target).toBeGreaterThan(0)
    }
  })

  it('gives a realistic mix of statuses for new members in 2021', () => {
    const counts = { achieved: 0, near: 0, below: 0 }
    for (const unit of DISTRICT_CODES) {
      const f = byCell.get(cellKey(unit, 'new_members', 2021))
      const status = f ? statusOfFigure(f) : 'no_data'
      if (status === 'achieved' || status === 'near' || status === 'below') counts[status] += 1
    }
    expect(counts.achieved).toBeGreaterThan(0)
    expect(counts.near).toBeGreaterThan(0)
    expect(counts.below).toBeGreaterThan(0)
  })
})

describe('real figures over illustrative ones', () => {
  it('puts each real row in its cell whole, generated target included', () => {
    for (const r of REAL_FIGURES) expect(byCell.get(cellKey(r.unit, r.indicator, r.year))).toBe(r)
    // Hoàng Mai 2024 recruits: the source gives no target, so none is invented beside the real actual.
    expect(byCell.get(cellKey('008', 'new_members', 2024))).toMatchObject({ actual: 4315, target: null })
  })

  it('anchors the generated stocks on the real ones, so the curve passes through them', () => {
    expect(
      generateIllustrative().find(
        (f) => f.unit === '007' && f.indicator === 'members_total' && f.year === 2021,
      ),
    ).toMatchObject({ actual: 21418 })
    expect(
      generateIllustrative().find(
        (f) => f.unit === '001' && f.indicator === 'unions_total' && f.year === 2016,
      ),
    ).toMatchObject({ actual: 467 })
    expect(demo.filter((f) => !f.illustrative)).toHaveLength(REAL_FIGURES.length)
  })
})
