import { describe, expect, it } from 'vitest'
import type { Total } from '@ldld/db/contracts'
import { totalRestText } from './coverage-text.ts'

const count = { unitKind: 'count', unitLabel: 'người' } as const
const basis = (rest: Total['basis']['rest']): Pick<Total, 'basis'> => ({
  basis: { units: 29, rest, allActual: null, notReported: { units: 0, target: null }, change: { units: 0 } },
})

describe('totalRestText', () => {
  it('says "không giao chỉ tiêu" of units given no target', () => {
    expect(
      totalRestText(basis({ units: 3, sourceSilent: 0, actual: 4120, actualQualifier: 'exact' }), count),
    ).toBe('+ 3 đơn vị không giao chỉ tiêu: 4.120')
  })

  it('says "nguồn không nêu chỉ tiêu" of units whose source states no target (Hoàng Mai 2024)', () => {
    expect(
      totalRestText(basis({ units: 1, sourceSilent: 1, actual: 4315, actualQualifier: 'exact' }), count),
    ).toBe('+ 1 đơn vị nguồn không nêu chỉ tiêu: 4.315')
  })

  it('names both kinds when the rest mixes them', () => {
    expect(
      totalRestText(basis({ units: 3, sourceSilent: 1, actual: 10, actualQualifier: 'at_least' }), count),
    ).toBe('+ 2 đơn vị không giao chỉ tiêu, 1 đơn vị nguồn không nêu chỉ tiêu: hơn 10')
  })

  it('says nothing without a rest', () => {
    expect(totalRestText(basis(null), count)).toBeNull()
  })
})
