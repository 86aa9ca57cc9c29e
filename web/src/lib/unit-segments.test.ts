import { describe, expect, it } from 'vitest'
import type { Organisation } from '@ldld/db/contracts'
import { city } from '../test/fixtures.ts'
import { deckYears } from './unit-segments.ts'

const unit = (
  code: string,
  kind: Organisation['kind'],
  validFrom: string,
  validTo: string | null,
): Organisation => ({
  code,
  name: code,
  fullName: code,
  kind,
  adminType: null,
  parentCode: '01',
  validFrom,
  validTo,
})

const ORGS: Organisation[] = [
  city,
  unit('007', 'district', '2014-04-01', '2025-06-30'),
  unit('001', 'district', '2014-04-01', '2025-06-30'),
  unit('00256', 'ward', '2025-10-01', null),
  unit('KCN', 'industrial_zone', '2025-10-01', null),
  // A unit of another province is not the city's.
  { ...unit('79001', 'ward', '2016-01-01', null), parentCode: '79' },
]
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]

describe('deckYears', () => {
  it('a deck after the 2025 change reads only the years of the commune and ward unions', () => {
    expect(deckYears(ORGS, YEARS, 2026)).toEqual([2025, 2026])
    expect(deckYears(ORGS, YEARS, 2025)).toEqual([2025])
  })

  it('a deck of the districts reads every year up to its own', () => {
    expect(deckYears(ORGS, YEARS, 2024)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024])
    expect(deckYears(ORGS, YEARS, 2016)).toEqual([2016])
    // Even beside a unit of the city not ended by the change (a sector union since 2020).
    const withSector = [...ORGS, unit('CDN', 'sector', '2020-01-01', null)]
    expect(deckYears(withSector, YEARS, 2024)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024])
  })

  it('a union valid before the change brings its years along, and the deck’s own year is always read', () => {
    const older = [...ORGS, unit('CDN', 'sector', '2019-01-01', null)]
    expect(deckYears(older, YEARS, 2026)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
    expect(deckYears(ORGS, [2016, 2020], 2026)).toEqual([2026])
  })
})
