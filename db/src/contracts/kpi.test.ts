import { describe, expect, it } from 'vitest'
import { achievementPercent, cellKpi, rankByScore, statusOf, sumUnits, yoyChange } from './kpi.ts'

describe('achievementPercent', () => {
  it('computes the real figures of the sources', () => {
    expect(achievementPercent(2352, 1330)).toBe(176.8) // Hai Bà Trưng 2021
    expect(achievementPercent(33, 25)).toBe(132) // Ba Đình 2016
    expect(achievementPercent(11, 12)).toBe(91.7) // Thanh Trì 2020, printed "91,66%"
    expect(achievementPercent(676, 650)).toBe(104) // Thanh Trì 2020
  })
  it('has no percent without a positive target or an actual', () => {
    expect(achievementPercent(5, null)).toBeNull()
    expect(achievementPercent(null, 5)).toBeNull()
    expect(achievementPercent(5, 0)).toBeNull()
  })
})

describe('statusOf', () => {
  const s = (percent: number | null, actual: number | null = 1, target: number | null = 1) =>
    statusOf({ actual, target, percent, higherIsBetter: true })
  it('puts the band edges where domain.md puts them', () => {
    expect(s(100)).toBe('achieved')
    expect(s(99.9)).toBe('near')
    expect(s(90)).toBe('near')
    expect(s(89.9)).toBe('below')
    expect(s(null, 5, null)).toBe('no_target')
    expect(s(null, null, 5)).toBe('no_data')
  })
  it('reverses the bands when lower is better', () => {
    expect(statusOf({ actual: 8, target: 10, percent: 80, higherIsBetter: false })).toBe('achieved')
    expect(statusOf({ actual: 11, target: 10, percent: 110, higherIsBetter: false })).toBe('near')
    expect(statusOf({ actual: 13, target: 10, percent: 130, higherIsBetter: false })).toBe('below')
  })
})

describe('cellKpi', () => {
  it('uses a stated percent when the source gives no amounts', () => {
    const k = cellKpi({ actual: null, target: null, statedPercent: 148 }, null, true)
    expect(k).toMatchObject({ percent: 148, percentBasis: 'stated', status: 'achieved', yoy: null })
  })
  it('computes year-on-year change', () => {
    expect(cellKpi({ actual: 110, target: 100, statedPercent: null }, 100, true).yoy).toBe(10)
    expect(yoyChange(90, 100)).toBe(-10)
    expect(yoyChange(90, 0)).toBeNull()
  })
})

describe('sumUnits', () => {
  it('recomputes the total percent from sums, never averaging percents', () => {
    const t = sumUnits([
      { actual: 2352, target: 1330, actualQualifier: 'exact', illustrative: false },
      { actual: 676, target: 650, actualQualifier: 'exact', illustrative: true },
      { actual: 100, target: null, actualQualifier: 'at_least', illustrative: false },
    ])
    expect(t).toMatchObject({ actual: 3128, target: 1980, actualOfTargeted: 3028, reported: 3 })
    expect(t.actualQualifier).toBe('at_least')
    expect(achievementPercent(t.actualOfTargeted, t.target)).toBe(152.9)
  })
})

describe('rankByScore', () => {
  it('gives ties the same rank and skips the next', () => {
    const r = rankByScore([
      { code: 'a', score: 5 },
      { code: 'b', score: 9 },
      { code: 'c', score: 5 },
      { code: 'd', score: null },
    ])
    expect([...r.entries()]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
    ])
  })
})
