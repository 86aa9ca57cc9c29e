import { describe, expect, it } from 'vitest'
import type { Ranking } from '@ldld/db/contracts'
import { ranking2021, rankingRow, welfare } from '../../test/fixtures.ts'
import { rankingHeading } from './prepare.ts'

// A year when no unit was given a target for an indicator ranked on % đạt (2025 in the demo): the
// units' amounts, no rank.
const withoutTargets: Ranking = {
  ...ranking2021,
  year: 2025,
  coverage: { ...ranking2021.coverage, ranked: 0 },
  rows: [
    rankingRow({ unit: '008', name: 'Hoàng Mai', actual: 1975, status: 'no_target', period: 'part_year' }),
    rankingRow({ unit: '006', name: 'Đống Đa', actual: 1593, status: 'no_target', period: 'part_year' }),
  ],
}

describe('rankingHeading', () => {
  it('calls a ranking on % đạt a ranking', () => {
    expect(rankingHeading(ranking2021)).toBe('Xếp hạng LĐLĐ quận, huyện, thị xã năm 2021 theo % đạt chỉ tiêu')
  })

  it('says a year without any target lists amounts and ranks nothing', () => {
    expect(rankingHeading(withoutTargets)).toBe(
      'Số thực hiện của các đơn vị năm 2025 (không giao chỉ tiêu, không xếp hạng)',
    )
  })

  it('keeps "xếp hạng" when one unit has a target but no figure yet to make a %', () => {
    const oneTarget: Ranking = {
      ...withoutTargets,
      rows: [...withoutTargets.rows, rankingRow({ unit: '001', name: 'Ba Đình', target: 900 })],
    }
    expect(rankingHeading(oneTarget)).toBe('Xếp hạng đơn vị năm 2025 theo số thực hiện (không giao chỉ tiêu)')
  })

  it('ranks an indicator without targets on its amounts', () => {
    const spending: Ranking = {
      ...ranking2021,
      indicator: welfare.key,
      rankedBy: 'value',
      rows: ranking2021.rows.map((row) => ({ ...row, target: null, percent: null })),
    }
    expect(rankingHeading(spending)).toBe(
      'Xếp hạng LĐLĐ quận, huyện, thị xã năm 2021 theo số thực hiện (không giao chỉ tiêu)',
    )
  })
})
