import type { Indicator, Organisation } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { blankFigure } from '@ldld/db/figure-packs'
import type { FigureRow } from '../repositories/index.ts'
import { buildRanking, type RankingInput } from './ranking.ts'
import { createReading } from './reading.ts'

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
  ...blankFigure(),
  unit: u,
  indicator: 'new_unions',
  year,
  actual,
  target,
})

const units = ['A', 'B', 'C', 'D', 'E'].map(unit)

/** The latest figures, read by the public: every unit with a figure counts. */
const latest = (figures: FigureRow[], reports: Parameters<typeof createReading>[2] = []) =>
  createReading(
    { basis: 'latest', reader: null },
    figures.filter((f) => f.actual !== null).map((f) => ({ unit: f.unit, year: f.year })),
    reports,
  )

const city: Organisation = { ...unit('01'), kind: 'city', adminType: null, parentCode: null, validTo: null }

function ranked(
  input: Omit<RankingInput, 'reading' | 'unit'>,
  reports: Parameters<typeof createReading>[2] = [],
) {
  return buildRanking({ ...input, unit: city, reading: latest([...(input.figures as FigureRow[])], reports) })
}

describe('buildRanking', () => {
  it('shares a rank between ties, skips the next, and leaves units without a percent unranked', () => {
    const r = ranked({
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
    expect(r.rows.find((row) => row.unit === 'E')?.status).toBe('not_reported')
  })

  it('ranks on value, smallest first, when lower is better and no target is given', () => {
    const r = ranked({
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

  it('leaves a unit that has not reported unranked and neutral, and says how many are ranked', () => {
    const r = ranked({
      indicator,
      year: 2026,
      units: units.slice(0, 3),
      previousUnits: [],
      figures: [fig('A', 2026, 12, 10), fig('B', 2026, null, 10), fig('C', 2026, 8, 10)],
    })
    expect(r.rows.map((row) => [row.unit, row.rank, row.status])).toEqual([
      ['A', 1, 'achieved'],
      ['C', 2, 'below'],
      ['B', null, 'not_reported'],
    ])
    expect(r.coverage).toMatchObject({ expected: 3, reported: 2, ranked: 2 })
  })

  it('ranks only accepted reports when asked for accepted figures', () => {
    const figures = [fig('A', 2026, 12, 10), fig('B', 2026, 9, 10)]
    const reading = createReading(
      { basis: 'accepted', reader: null },
      figures.map((f) => ({ unit: f.unit, year: f.year })),
      [
        { unit: 'A', year: 2026, status: 'submitted' },
        { unit: 'B', year: 2026, status: 'accepted' },
      ],
    )
    const r = buildRanking({
      unit: city,
      indicator,
      year: 2026,
      units: units.slice(0, 2),
      previousUnits: [],
      figures,
      reading,
    })
    expect(r.rows.map((row) => [row.unit, row.rank, row.actual, row.status, row.report])).toEqual([
      ['B', 1, 9, 'near', 'accepted'],
      ['A', null, null, 'not_accepted', 'submitted'],
    ])
  })
})
