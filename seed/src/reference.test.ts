import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INDICATORS } from './indicators.ts'
import { CITY, DISTRICTS, ORGANISATIONS } from './organisations.ts'
import { ARTICLE_SOURCES, SOURCES } from './sources.ts'
import { repoPath } from './testing.ts'

// domain.md §2, in GSO order.
const GSO_CODES = [
  '001', '002', '003', '004', '005', '006', '007', '008', '009', '016', '017', '018', '019', '020', '021',
  '250', '268', '269', '271', '272', '273', '274', '275', '276', '277', '278', '279', '280', '281', '282',
] // prettier-ignore

describe('organisations', () => {
  it('holds the 30 district federations with their GSO codes, unique, in GSO order', () => {
    expect(DISTRICTS.map((d) => d.code)).toEqual(GSO_CODES)
    expect(new Set(ORGANISATIONS.map((o) => o.code)).size).toBe(31)
    expect(DISTRICTS.map((d) => d.sortOrder)).toEqual(GSO_CODES.map((_, i) => i + 1))
  })

  it('writes names in NFC with Đ as U+0110, never U+00D0', () => {
    for (const o of ORGANISATIONS) {
      expect(o.name).toBe(o.name.normalize('NFC'))
      expect(o.fullName).toBe(o.fullName.normalize('NFC'))
      expect(o.fullName).not.toMatch(/\u00D0/)
      expect(o.fullName.startsWith('L\u0110L\u0110 ')).toBe(true)
    }
    expect(DISTRICTS.find((d) => d.code === '006')?.name).toBe('\u0110ống \u0110a')
    expect(DISTRICTS.find((d) => d.code === '281')?.name).toBe('Ứng Hòa'.normalize('NFC'))
  })

  it('names each federation by its administrative type', () => {
    const fullName = (code: string) => DISTRICTS.find((d) => d.code === code)?.fullName
    expect(fullName('001')).toBe('LĐLĐ quận Ba Đình')
    expect(fullName('020')).toBe('LĐLĐ huyện Thanh Trì')
    expect(fullName('269')).toBe('LĐLĐ thị xã Sơn Tây')
    expect(DISTRICTS.filter((d) => d.adminType === 'quan')).toHaveLength(12)
    expect(DISTRICTS.filter((d) => d.adminType === 'thi_xa')).toHaveLength(1)
  })

  it('puts every district under the city for 2014-04-01 → 2025-06-30', () => {
    expect(CITY).toMatchObject({ code: '01', name: 'Hà Nội', kind: 'city', parentCode: null, validTo: null })
    for (const d of DISTRICTS) {
      expect(d).toMatchObject({
        kind: 'district',
        parentCode: '01',
        validFrom: '2014-04-01',
        validTo: '2025-06-30',
      })
    }
  })
})

describe('indicators', () => {
  it('are the 12 canonical keys of domain.md §4, three of them headline', () => {
    expect(INDICATORS).toHaveLength(12)
    expect(INDICATORS.filter((i) => i.headline).map((i) => i.key)).toEqual([
      'new_unions',
      'new_members',
      'welfare_spending',
    ])
    expect(INDICATORS.filter((i) => i.firstYear !== null).map((i) => [i.key, i.firstYear])).toEqual([
      ['new_unions_25plus', 2024],
    ])
  })

  it('gives money in đồng and takes no target for welfare or stocks', () => {
    const money = INDICATORS.filter((i) => i.unitKind === 'money').map((i) => i.key)
    expect(money).toEqual(['union_fee', 'dues', 'welfare_spending'])
    expect(INDICATORS.filter((i) => !i.takesTarget).map((i) => i.key)).toEqual([
      'welfare_spending',
      'welfare_beneficiaries',
      'unions_total',
      'members_total',
      'workers_total',
    ])
    expect(INDICATORS.find((i) => i.key === 'welfare_beneficiaries')?.unitLabel).toBe('lượt người')
  })
})

describe('sources', () => {
  it('points every article at its copy in seed/sources/, whose text holds the title', () => {
    expect(ARTICLE_SOURCES.map((s) => s.slug)).toEqual([
      'src-000',
      'src-000-hoang-mai',
      'src-001',
      'src-002',
      'src-003',
      'src-004',
    ])
    for (const s of ARTICLE_SOURCES) {
      expect(s.file).toMatch(/^seed\/sources\/\d{3}_[0-9a-f]+\.txt$/)
      const path = repoPath(s.file ?? '')
      expect(existsSync(path)).toBe(true)
      expect(readFileSync(path, 'utf8').replace(/\s+/g, ' ')).toContain(
        s.title.replace(/^LĐLĐ quận Ba Đình: /, ''),
      )
    }
  })

  it('has one illustrative source that says it is not real', () => {
    const illustrative = SOURCES.filter((s) => s.kind === 'illustrative')
    expect(illustrative).toEqual([expect.objectContaining({ slug: 'illustrative', file: null })])
    expect(illustrative[0]?.title).toContain('không phải số liệu thật')
  })
})
