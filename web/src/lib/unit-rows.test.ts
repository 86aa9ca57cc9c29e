// Long unit lists: search without diacritics, labels that tell two units of one name apart by kind,
// the split year in its two periods, and orders.
import { describe, expect, it } from 'vitest'
import type { DatedUnit } from '@ldld/db/contracts'
import {
  filterUnits,
  listLabels,
  periodGroups,
  searchKey,
  unitMatches,
  type ListedUnit,
} from './unit-rows.ts'

const district = (code: string, name: string): DatedUnit => ({
  code,
  name,
  kind: 'district',
  adminType: 'quan',
  validFrom: '2014-04-01',
  validTo: '2025-06-30',
})
const ward = (code: string, name: string): DatedUnit => ({
  code,
  name,
  kind: 'ward',
  adminType: 'phuong',
  validFrom: '2025-10-01',
  validTo: null,
})
const KCN: DatedUnit = {
  code: 'KCN',
  name: 'KCNC và KCN',
  kind: 'industrial_zone',
  adminType: null,
  validFrom: '2025-10-01',
  validTo: null,
}
const UNITS = [
  district('007', 'Hai Bà Trưng'),
  district('008', 'Hoàng Mai'),
  ward('00256', 'Hai Bà Trưng'),
  KCN,
]

describe('unit rows', () => {
  it('finds "Đống Đa" as "dong da", by code or by full name', () => {
    expect(searchKey('Đống Đa')).toBe('dong da')
    expect(unitMatches(ward('00256', 'Hai Bà Trưng'), 'Hai Bà Trưng', 'hai ba')).toBe(true)
    expect(unitMatches(ward('00256', 'Hai Bà Trưng'), 'Hai Bà Trưng', '0025')).toBe(true)
    expect(unitMatches(ward('00256', 'Hai Bà Trưng'), 'Hai Bà Trưng', 'cong doan phuong')).toBe(true)
    expect(unitMatches(ward('00256', 'Hai Bà Trưng'), 'Hai Bà Trưng', 'quan')).toBe(false)
  })

  it('a name two units share in one year says the kind; the others stay short', () => {
    const labels = listLabels(UNITS)
    expect(labels.get('007')).toBe('Hai Bà Trưng (quận)')
    expect(labels.get('00256')).toBe('Hai Bà Trưng (phường)')
    expect(labels.get('008')).toBe('Hoàng Mai')
    expect(labels.get('KCN')).toBe('KCNC và KCN')
  })

  it('2025 splits into the districts (1/1–30/6) and the unions (1/10–31/12); 2026 has one group', () => {
    const groups = periodGroups(UNITS, (u) => u, 2025)
    expect(groups.map((g) => [g.heading, g.rows.map((u) => u.code)])).toEqual([
      ['1/1–30/6/2025 · 2 LĐLĐ quận, huyện, thị xã', ['007', '008']],
      ['1/10–31/12/2025 · 1 công đoàn xã, phường, Công đoàn các KCNC và KCN', ['00256', 'KCN']],
    ])
    const y2026 = periodGroups(UNITS.slice(2), (u) => u, 2026)
    expect(y2026).toHaveLength(1)
    expect(y2026[0]?.heading).toBeNull()
  })

  it('filters by stage and orders by name the Vietnamese way, ties in list order', () => {
    const rows: ListedUnit[] = [
      { unit: ward('3', 'Ô Chợ Dừa'), label: 'Ô Chợ Dừa', stage: 'draft' },
      { unit: ward('1', 'Bồ Đề'), label: 'Bồ Đề', stage: 'not_started' },
      { unit: ward('2', 'Ba Đình'), label: 'Ba Đình', stage: 'accepted' },
    ]
    const byName = filterUnits(rows, { query: '', stage: null, sort: 'name' })
    expect(byName.map((r) => r.label)).toEqual(['Ba Đình', 'Bồ Đề', 'Ô Chợ Dừa'])
    const byStage = filterUnits(rows, { query: '', stage: null, sort: 'stage' })
    expect(byStage.map((r) => r.stage)).toEqual(['not_started', 'draft', 'accepted'])
    expect(filterUnits(rows, { query: '', stage: 'draft', sort: 'list' }).map((r) => r.label)).toEqual([
      'Ô Chợ Dừa',
    ])
  })
})
