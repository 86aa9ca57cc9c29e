import { describe, expect, it } from 'vitest'
import { ADMIN_TYPES, ORG_KINDS } from './enums.ts'
import { formatDayMonth } from './format.ts'
import {
  REORGANISATION_BREAK,
  coversWholeYear,
  describeUnitGroups,
  sentenceStart,
  totalsBasisText,
  unitGroupPhrase,
  unitGroups,
  unitPeriodInYear,
  yearPhase,
} from './unit-groups.ts'
import {
  unitFullName,
  unitFullNameWithPeriod,
  unitKindWord,
  unitLabels,
  unitPeriodPhrase,
  unitPeriodRange,
  unitQualifiedName,
  unitShortName,
  type DatedUnit,
} from './unit-names.ts'

const unit = (extra: Partial<DatedUnit> & Pick<DatedUnit, 'code' | 'name' | 'kind'>): DatedUnit => ({
  adminType: null,
  validFrom: '2025-10-01',
  validTo: null,
  ...extra,
})
const districtHbt = unit({
  code: '007',
  name: 'Hai Bà Trưng',
  kind: 'district',
  adminType: 'quan',
  validFrom: '2014-04-01',
  validTo: '2025-06-30',
})
const wardHbt = unit({ code: '00256', name: 'Hai Bà Trưng', kind: 'ward', adminType: 'phuong' })
const thanhTri = unit({
  code: '020',
  name: 'Thanh Trì',
  kind: 'district',
  adminType: 'huyen',
  validFrom: '2014-04-01',
  validTo: '2025-06-30',
})
const socSon = unit({ code: '00376', name: 'Sóc Sơn', kind: 'commune', adminType: 'xa' })
const kcn = unit({ code: 'KCN', name: 'KCNC và KCN', kind: 'industrial_zone' })

describe('unitFullName', () => {
  it.each([
    [{ name: 'Hai Bà Trưng', kind: 'district', adminType: 'quan' }, 'LĐLĐ quận Hai Bà Trưng'],
    [{ name: 'Thanh Trì', kind: 'district', adminType: 'huyen' }, 'LĐLĐ huyện Thanh Trì'],
    [{ name: 'Sơn Tây', kind: 'district', adminType: 'thi_xa' }, 'LĐLĐ thị xã Sơn Tây'],
    [{ name: 'Hai Bà Trưng', kind: 'ward', adminType: 'phuong' }, 'Công đoàn phường Hai Bà Trưng'],
    [{ name: 'Sóc Sơn', kind: 'commune', adminType: 'xa' }, 'Công đoàn xã Sóc Sơn'],
    [{ name: 'KCNC và KCN', kind: 'industrial_zone', adminType: null }, 'Công đoàn các KCNC và KCN'],
    [{ name: 'Hà Nội', kind: 'city', adminType: null }, 'LĐLĐ thành phố Hà Nội'],
    [{ name: 'ngành Y tế Hà Nội', kind: 'sector', adminType: null }, 'Công đoàn ngành Y tế Hà Nội'],
    [
      { name: 'Công đoàn Viên chức thành phố', kind: 'sector', adminType: null },
      'Công đoàn Viên chức thành phố',
    ],
    [{ name: 'Gia Lâm', kind: 'district', adminType: null }, 'LĐLĐ Gia Lâm'],
  ] as const)('%o → %s', (input, expected) => {
    expect(unitFullName(input)).toBe(expected)
  })

  it('a ward union is never called a federation (issue 8: "LĐLĐ phường …")', () => {
    expect(unitFullName(wardHbt)).not.toMatch(/LĐLĐ/)
  })

  it('the union of a ward follows its kind, whatever admin type was typed beside it', () => {
    expect(unitFullName({ name: 'Láng', kind: 'ward', adminType: null })).toBe('Công đoàn phường Láng')
    expect(unitFullName({ name: 'Ba Vì', kind: 'commune', adminType: null })).toBe('Công đoàn xã Ba Vì')
  })

  it('names every kind × admin type with the short name in it, normalised to NFC and single spaces', () => {
    const decomposed = ' Ứng  Hòa '.normalize('NFD')
    for (const kind of ORG_KINDS) {
      for (const adminType of [...ADMIN_TYPES, null]) {
        const full = unitFullName({ name: decomposed, kind, adminType })
        expect(full).toContain('Ứng Hòa')
        expect(full.normalize('NFC')).toBe(full)
      }
    }
    expect(unitShortName({ name: decomposed })).toBe('Ứng Hòa')
  })
})

describe('kind words and periods', () => {
  it.each([
    [districtHbt, 'quận'],
    [thanhTri, 'huyện'],
    [unit({ code: '269', name: 'Sơn Tây', kind: 'district', adminType: 'thi_xa' }), 'thị xã'],
    [wardHbt, 'phường'],
    [socSon, 'xã'],
    [kcn, 'KCN'],
    [unit({ code: 'YT', name: 'ngành Y tế', kind: 'sector' }), 'ngành'],
    [unit({ code: '01', name: 'Hà Nội', kind: 'city' }), 'thành phố'],
  ])('%o is a %s', (u, word) => {
    expect(unitKindWord(u)).toBe(word)
  })

  it('writes dates as running text does: no leading zeros', () => {
    expect(formatDayMonth('2025-06-30')).toBe('30/6/2025')
    expect(formatDayMonth('2025-10-01')).toBe('1/10/2025')
    expect(unitPeriodPhrase(districtHbt)).toBe('đến 30/6/2025')
    expect(unitPeriodPhrase(wardHbt)).toBe('từ 1/10/2025')
    expect(unitPeriodRange(districtHbt)).toBe('1/4/2014–30/6/2025')
    expect(unitPeriodRange(wardHbt)).toBe('từ 1/10/2025')
  })

  it('qualifies a name with its kind and period', () => {
    expect(unitQualifiedName(districtHbt)).toBe('Hai Bà Trưng (quận, đến 30/6/2025)')
    expect(unitQualifiedName(wardHbt)).toBe('Hai Bà Trưng (phường, từ 1/10/2025)')
    expect(unitFullNameWithPeriod(districtHbt)).toBe('LĐLĐ quận Hai Bà Trưng (đến 30/6/2025)')
  })
})

describe('unitLabels', () => {
  it('keeps short names when they are unique', () => {
    expect([...unitLabels([districtHbt, thanhTri]).values()]).toEqual(['Hai Bà Trưng', 'Thanh Trì'])
  })

  it('adds kind and period to the two units that share a name, and only to them', () => {
    const labels = unitLabels([districtHbt, thanhTri, wardHbt, socSon])
    expect(Object.fromEntries(labels)).toEqual({
      '007': 'Hai Bà Trưng (quận, đến 30/6/2025)',
      '020': 'Thanh Trì',
      '00256': 'Hai Bà Trưng (phường, từ 1/10/2025)',
      '00376': 'Sóc Sơn',
    })
  })

  it('a name shared with a different accent composition still collides', () => {
    const nfd = { ...wardHbt, name: wardHbt.name.normalize('NFD') }
    expect(unitLabels([districtHbt, nfd]).get('00256')).toBe('Hai Bà Trưng (phường, từ 1/10/2025)')
  })

  it('across the change shows the kind on every label', () => {
    const labels = unitLabels([districtHbt, thanhTri, socSon], { showKind: true })
    expect([...labels.values()]).toEqual(['Hai Bà Trưng (quận)', 'Thanh Trì (huyện)', 'Sóc Sơn (xã)'])
  })

  it('two units of one kind and name: the whole period, then the code', () => {
    const a = unit({ code: 'A1', name: 'Láng', kind: 'ward', validFrom: '2025-10-01', validTo: '2026-03-31' })
    const b = unit({ code: 'B1', name: 'Láng', kind: 'ward', validFrom: '2024-01-01', validTo: '2026-03-31' })
    const c = unit({ code: 'C1', name: 'Láng', kind: 'ward', validFrom: '2024-01-01', validTo: '2026-03-31' })
    expect(Object.fromEntries(unitLabels([a, b, c]))).toEqual({
      A1: 'Láng (phường, 1/10/2025–31/3/2026)',
      B1: 'Láng (phường, 1/1/2024–31/3/2026, mã B1)',
      C1: 'Láng (phường, 1/1/2024–31/3/2026, mã C1)',
    })
  })

  it('gives every unit a label, and all labels differ', () => {
    const units = [districtHbt, wardHbt, thanhTri, socSon, kcn]
    const labels = unitLabels(units)
    expect(labels.size).toBe(units.length)
    expect(new Set(labels.values()).size).toBe(units.length)
  })
})

describe('group phrases', () => {
  it('names the units of a year: districts before 2025, commune and ward unions after, both in 2025', () => {
    expect([2016, 2024, 2025, 2026].map(yearPhase)).toEqual(['districts', 'districts', 'split', 'unions'])
    expect(unitGroupPhrase(2024)).toBe('LĐLĐ quận, huyện, thị xã')
    expect(unitGroupPhrase(2026)).toBe('công đoàn xã, phường')
    expect(unitGroupPhrase(2025)).toBe(
      'LĐLĐ quận, huyện, thị xã (tháng 1–6/2025) và công đoàn xã, phường (từ tháng 10/2025)',
    )
    expect(sentenceStart(unitGroupPhrase(2026))).toBe('Công đoàn xã, phường')
    expect(sentenceStart(unitGroupPhrase(2024))).toBe('LĐLĐ quận, huyện, thị xã')
  })

  const units = [districtHbt, thanhTri, wardHbt, socSon, kcn]

  it('counts the units of a year by group, with the part of the year each covers', () => {
    expect(unitGroups(units, 2024)).toEqual([
      {
        key: 'districts',
        count: 2,
        text: '2 LĐLĐ quận, huyện, thị xã',
        period: null,
        from: '2024-01-01',
        to: '2024-12-31',
      },
    ])
    expect(unitGroups(units, 2025).map(({ from: _f, to: _t, ...g }) => g)).toEqual([
      { key: 'districts', count: 2, text: '2 LĐLĐ quận, huyện, thị xã', period: '1/1–30/6/2025' },
      { key: 'unions', count: 2, text: '2 công đoàn xã, phường', period: '1/10–31/12/2025' },
      { key: 'industrial_zone', count: 1, text: 'Công đoàn các KCNC và KCN', period: '1/10–31/12/2025' },
    ])
    expect(unitGroups(units, 2025).map((g) => [g.from, g.to])).toEqual([
      ['2025-01-01', '2025-06-30'],
      ['2025-10-01', '2025-12-31'],
      ['2025-10-01', '2025-12-31'],
    ])
    expect(unitGroups(units, 2026).map((g) => [g.key, g.period])).toEqual([
      ['unions', null],
      ['industrial_zone', null],
    ])
  })

  it('writes out what a year adds up', () => {
    expect(describeUnitGroups(units, 2024)).toBe('2 LĐLĐ quận, huyện, thị xã')
    expect(describeUnitGroups(units, 2026)).toBe('2 công đoàn xã, phường và Công đoàn các KCNC và KCN')
    expect(describeUnitGroups(units, 2025)).toBe(
      '2 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025), 2 công đoàn xã, phường (1/10–31/12/2025) và ' +
        'Công đoàn các KCNC và KCN (1/10–31/12/2025)',
    )
    expect(describeUnitGroups([], 2026)).toBe('')
  })
})

describe('what a level adds (issue 8)', () => {
  const units = [districtHbt, thanhTri, wardHbt, socSon, kcn]

  it('writes out the groups of a total, and what stocks add in the split year', () => {
    const y2025 = unitGroups(units, 2025)
    const basis = totalsBasisText(y2025, ['unions', 'industrial_zone'])
    expect(basis.text).toBe(
      'Cộng 2 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025), 2 công đoàn xã, phường (1/10–31/12/2025) và ' +
        'Công đoàn các KCNC và KCN (1/10–31/12/2025).',
    )
    expect(basis.stocks).toContain(
      'chỉ cộng 2 công đoàn xã, phường (1/10–31/12/2025) và Công đoàn các KCNC và KCN',
    )
    const y2024 = totalsBasisText(unitGroups(units, 2024), ['districts'])
    expect(y2024).toEqual({ text: 'Cộng 2 LĐLĐ quận, huyện, thị xã.', stocks: null })
  })

  it('tells a unit valid all year from one valid part of it', () => {
    const district = { validFrom: '2014-04-01', validTo: '2025-06-30' }
    expect(coversWholeYear(district, 2024)).toBe(true)
    expect(coversWholeYear(district, 2025)).toBe(false)
    expect(unitPeriodInYear(district, 2025)).toBe('1/1–30/6/2025')
    expect(unitPeriodInYear({ validFrom: '2025-10-01', validTo: null }, 2025)).toBe('1/10–31/12/2025')
  })

  it('marks the 2025 break with its dates and quotes the 9.360 it explains', () => {
    expect(REORGANISATION_BREAK).toMatchObject({
      year: 2025,
      lastDayBefore: '2025-06-30',
      firstDayAfter: '2025-10-01',
    })
    const [before, after] = REORGANISATION_BREAK.facts
    expect(before).toMatchObject({ value: 9360, sourceSlug: 'src-004' })
    expect(after).toMatchObject({ value: 6349, qualifier: 'about', quote: null })
  })
})
