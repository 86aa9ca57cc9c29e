import { describe, expect, it } from 'vitest'
import {
  achievementPercent,
  compareCodes,
  cellKpi,
  changeBound,
  markedChange,
  competitionRanks,
  rankByScore,
  sourceSilentOnTarget,
  sumBound,
  statusOf,
  totalOf,
  yoyChange,
  type TotalUnit,
} from './kpi.ts'

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

const unit = (over: Partial<TotalUnit>): TotalUnit => ({
  reported: true,
  actual: null,
  actualQualifier: 'exact',
  target: null,
  illustrative: false,
  previous: null,
  ...over,
})

describe('totalOf', () => {
  it('recomputes the total percent from sums, never averaging percents', () => {
    const t = totalOf(
      [
        unit({ actual: 2352, target: 1330 }),
        unit({ actual: 676, target: 650, illustrative: true }),
        unit({ actual: 100, actualQualifier: 'at_least' }),
      ],
      true,
    )
    expect(t).toMatchObject({ actual: 3028, target: 1980, percent: 152.9, reported: 3, illustrative: true })
    expect(t.percent).toBe(achievementPercent(t.actual, t.target))
  })

  it('shows as result and target exactly what the % divides, and states the rest apart', () => {
    // The 2024 card read "32.409 / 26.030 · 107,9%": the result included units without a target.
    const t = totalOf(
      [
        unit({ actual: 28289, target: 26030 }),
        unit({ actual: 1500 }),
        unit({ actual: 2620 }),
        unit({ actual: 0 }),
      ],
      true,
    )
    expect([t.actual, t.target, t.percent]).toEqual([28289, 26030, 108.7])
    expect(t.basis.units).toBe(1)
    expect(t.basis.rest).toEqual({ units: 3, sourceSilent: 0, actual: 4120, actualQualifier: 'exact' })
    expect(t.basis.allActual).toBe(32409)
  })

  it('counts apart the rest whose source states no target (not "không giao chỉ tiêu")', () => {
    const t = totalOf(
      [unit({ actual: 100, target: 90 }), unit({ actual: 40, targetSilent: true }), unit({ actual: 7 })],
      true,
    )
    expect(t.basis.rest).toEqual({ units: 2, sourceSilent: 1, actual: 47, actualQualifier: 'exact' })
  })

  it('reads a year in progress over the units that reported, not as a failure', () => {
    // 12 of 30 units reported; all 30 have a target. Old code: "✗ 4,7%" and "−96%".
    const units = Array.from({ length: 30 }, (_, i) =>
      i < 12
        ? unit({ actual: 105, target: 100, previous: 100 })
        : unit({ reported: false, target: 100, previous: 100 }),
    )
    const t = totalOf(units, true)
    expect(t).toMatchObject({ actual: 1260, target: 1200, percent: 105, status: 'achieved', reported: 12 })
    expect(t.previous).toBe(1200) // the same 12 units last year, not all 30
    expect(t.yoy).toBe(5)
    expect(t.basis.notReported).toEqual({ units: 18, target: 1800 })
    expect(t.basis.change.units).toBe(12)
  })

  it('compares with last year only the units that reported both years', () => {
    const t = totalOf(
      [
        unit({ actual: 110, previous: 100 }),
        unit({ actual: 50, previous: null }),
        unit({ reported: false, previous: 70 }),
      ],
      true,
    )
    expect([t.actual, t.previous, t.yoy, t.basis.change.units]).toEqual([160, 100, 10, 1])
  })

  it('ignores a figure whose unit does not count in the view (accepted only)', () => {
    const t = totalOf(
      [unit({ actual: 10, target: 10 }), unit({ reported: false, actual: 999, target: 10 })],
      true,
    )
    expect([t.actual, t.target, t.reported]).toEqual([10, 10, 1])
    expect(t.basis.notReported).toEqual({ units: 1, target: 10 })
  })

  it('is neutral, not failed, when nobody has reported', () => {
    const t = totalOf([unit({ reported: false, target: 5 }), unit({ reported: false })], true)
    expect(t).toMatchObject({ actual: null, target: null, percent: null, status: 'not_reported', yoy: null })
  })

  it('keeps a lower bound on the total and on the rest', () => {
    const t = totalOf([unit({ actual: 10, actualQualifier: 'at_least' }), unit({ actual: 5 })], true)
    expect([t.actual, t.actualQualifier, t.target, t.status]).toEqual([15, 'at_least', null, 'no_target'])
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

describe('competitionRanks', () => {
  it('ranks each member one more than the members with a better score, on random scores with ties', () => {
    let seed = 7
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let round = 0; round < 200; round += 1) {
      const n = 1 + Math.floor(rand() * 40)
      // Few distinct values (many ties), some missing, a -0 beside a 0.
      const scores = Array.from({ length: n }, () =>
        rand() < 0.2 ? NaN : rand() < 0.05 ? -0 : Math.round(rand() * 8) / 2,
      )
      const members = Array.from({ length: n }, (_, i) => i).filter(() => rand() < 0.8)
      for (const descending of [true, false]) {
        const ranks = new Int32Array(n)
        competitionRanks(scores, members, descending, ranks)
        const expected = scores.map((s, i) => {
          if (!members.includes(i) || Number.isNaN(s)) return 0
          const better = members.filter((j) => {
            const t = scores[j] as number
            return !Number.isNaN(t) && (descending ? t > s : t < s)
          }).length
          return better + 1
        })
        expect([...ranks]).toEqual(expected)
      }
    }
  })
})

describe('marks on derived numbers (issue 11 item 1)', () => {
  it('bounds a change by its inputs: from "hơn" to exact is at least, the other way at most', () => {
    expect(changeBound('exact', 'exact')).toBe('exact')
    expect(changeBound('at_least', 'exact')).toBe('at_least')
    expect(changeBound('exact', 'at_most')).toBe('at_least')
    expect(changeBound('at_least', 'at_most')).toBe('at_least')
    expect(changeBound('exact', 'at_least')).toBe('at_most')
    expect(changeBound('at_most', 'exact')).toBe('at_most')
    expect(changeBound('about', 'exact')).toBe('about')
    // Two lower bounds (or two upper bounds) say nothing about the change.
    expect(changeBound('at_least', 'at_least')).toBeNull()
    expect(changeBound('at_most', 'at_most')).toBeNull()
  })

  it('bounds a sum: lower bounds make a lower bound, mixed directions "about"', () => {
    expect(sumBound(['exact', 'exact'])).toBe('exact')
    expect(sumBound(['exact', 'at_least'])).toBe('at_least')
    expect(sumBound(['at_least', 'at_most'])).toBe('about')
    expect(sumBound([])).toBe('exact')
  })

  it('carries illustrative and part-year marks from either year, and leaves an unbounded change out', () => {
    const real = { illustrative: false, partialYear: false, qualifier: 'exact' as const }
    const change = markedChange({ ...real, value: 2352 }, { ...real, illustrative: true, value: 1387 })
    expect(change).toEqual({
      previous: 1387,
      yoy: 69.6,
      derivedFrom: { illustrative: true, partialYear: false, bound: 'exact' },
    })
    const partial = markedChange({ ...real, value: 10 }, { ...real, partialYear: true, value: 5 })
    expect(partial.derivedFrom.partialYear).toBe(true)
    const bounds = markedChange(
      { ...real, qualifier: 'at_least', value: 10 },
      { ...real, qualifier: 'at_least', value: 8 },
    )
    expect(bounds.yoy).toBeNull()
    expect(bounds.previous).toBe(8)
    expect(markedChange({ ...real, value: 10 }, null).derivedFrom).toEqual({
      illustrative: false,
      partialYear: false,
      bound: 'exact',
    })
  })

  it('gives totals the marks of what they add', () => {
    const t = totalOf(
      [
        unit({ actual: 10, previous: 8, previousIllustrative: true }),
        unit({ actual: 5, previous: 4, partialYear: true, actualQualifier: 'at_least' }),
      ],
      true,
    )
    expect(t.partialYear).toBe(true)
    expect(t.derivedFrom).toEqual({ illustrative: true, partialYear: true, bound: 'at_least' })
  })
})

describe('a source silent on the target (issue 11 item 2)', () => {
  it('is its own status for a real, sourced figure of an indicator that takes targets', () => {
    const figure = { illustrative: false, sourceId: 1, target: null, takesTarget: true }
    expect(sourceSilentOnTarget(figure)).toBe(true)
    expect(sourceSilentOnTarget({ ...figure, illustrative: true })).toBe(false)
    expect(sourceSilentOnTarget({ ...figure, sourceId: null })).toBe(false)
    expect(sourceSilentOnTarget({ ...figure, target: 10 })).toBe(false)
    expect(sourceSilentOnTarget({ ...figure, takesTarget: false })).toBe(false)
    expect(
      cellKpi({ actual: 51, target: null, statedPercent: null, targetSilent: true }, null, true).status,
    ).toBe('source_no_target')
    expect(cellKpi({ actual: 51, target: null, statedPercent: null }, null, true).status).toBe('no_target')
    // A stated percentage still decides the band, silent target or not.
    expect(
      cellKpi({ actual: null, target: null, statedPercent: 148, targetSilent: true }, null, true).status,
    ).toBe('achieved')
  })
})

describe('compareCodes', () => {
  it('orders codes exactly as localeCompare does (ties of a ranking)', () => {
    const codes = [
      '007',
      '07',
      '7',
      'P02-001',
      'p02-001',
      'P02-010',
      'P10-001',
      'a-1',
      'A_1',
      'Đ01',
      'D01',
      'z',
      '',
    ]
    const sorted = (compare: (a: string, b: string) => number) => [...codes].sort(compare)
    expect(sorted(compareCodes)).toEqual(sorted((a, b) => a.localeCompare(b)))
  })

  it('gives the sign localeCompare gives for any two codes of the codes’ characters', () => {
    // compareCodes orders these without ICU: every pair of random codes, case and "_"/"-" mixed.
    const alphabet = '_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const pick = (chars: string) => chars.charAt(Math.floor(random() * chars.length))
    const codes = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        pick(random() < 0.7 ? '0123456789' : alphabet),
      ).join(''),
    )
    // Pairs that differ only in case or only at the end, where the rules above matter most.
    codes.push('ab', 'AB', 'aB', 'Ab', 'a', 'A', 'a_', 'a-', 'a0', 'A0', 'P02-001', 'P02_001', 'p02-001')
    const wrong: string[] = []
    for (const a of codes)
      for (const b of codes)
        if (Math.sign(compareCodes(a, b)) !== Math.sign(a.localeCompare(b))) wrong.push(`${a} ${b}`)
    expect(wrong).toEqual([])
  })
})
