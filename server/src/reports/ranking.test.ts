import type { Indicator, Organisation } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import type { FigureRow } from '../repositories/index.ts'
import { buildRanking } from './ranking.ts'

const unit = (code: string): Organisation => ({
  code,
  name: `Đơn vị ${code}`,
  fullName: `LĐLĐ ${code}`,
  kind: 'district',
  adminType: 'quan',
  parentCode: '01',
  validFrom: '2014-04-01',
  validTo: '2025-06-30',
})

const indicator: Indicator = {
  key: 'new_unions',
  nameVi: 'Thành lập mới công đoàn cơ sở',
  shortNameVi: 'CĐCS mới',
  nameEn: 'New grassroots unions',
  unitKind: 'count',
  unitLabel: 'CĐCS',
  measure: 'flow',
  takesTarget: true,
  higherIsBetter: true,
  headline: true,
  firstYear: null,
  lastYear: null,
  sortOrder: 1,
}

const fig = (u: string, year: number, actual: number | null, target: number | null): FigureRow => ({
  unit: u,
  indicator: 'new_unions',
  year,
  actual,
  actualQualifier: 'exact',
  target,
  targetDerived: false,
  statedPercent: null,
  note: null,
  illustrative: false,
  sourceId: null,
  quote: null,
})

const units = ['A', 'B', 'C', 'D', 'E'].map(unit)

describe('buildRanking', () => {
  it('shares a rank between ties, skips the next, and leaves units without a percent unranked', () => {
    const r = buildRanking({
      indicator,
      year: 2021,
      units,
      previousUnits: units,
      figures: [
        fig('A', 2021, 10, 10), // 100 %
        fig('B', 2021, 12, 10), // 120 %
        fig('C', 2021, 6, 5), // 120 %
        fig('D', 2021, 5, null), // no target: no percent
        fig('A', 2020, 20, 10),
        fig('B', 2020, 5, 10),
        fig('C', 2020, 9, 10),
      ],
    })
    expect(r.rankedBy).toBe('percent')
    expect(r.rows.map((row) => [row.unit, row.rank, row.previousRank, row.rankChange])).toEqual([
      ['B', 1, 3, 2],
      ['C', 1, 2, 1],
      ['A', 3, 1, -2],
      ['D', null, null, null],
      ['E', null, null, null],
    ])
    expect(r.rows.find((row) => row.unit === 'E')?.status).toBe('no_data')
  })

  it('ranks on value, smallest first, when lower is better and no target is given', () => {
    const r = buildRanking({
      indicator: { ...indicator, takesTarget: false, higherIsBetter: false },
      year: 2021,
      units: units.slice(0, 3),
      previousUnits: [],
      figures: [fig('A', 2021, 30, null), fig('B', 2021, 10, null), fig('C', 2021, 20, null)],
    })
    expect(r.rankedBy).toBe('value')
    expect(r.rows.map((row) => [row.unit, row.rank, row.previousRank])).toEqual([
      ['B', 1, null],
      ['C', 2, null],
      ['A', 3, null],
    ])
  })
})
