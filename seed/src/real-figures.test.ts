import { achievementPercent, quoteParts, quoteText } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { REAL_FIGURES } from './real-figures.ts'
import { SOURCES } from './sources.ts'
import { cellKey, QUOTE_JOINER, type SeedFigure } from './seed-figure.ts'
import { articleText } from './testing.ts'
import { validateFigures } from './validate.ts'

function real(unit: string, indicator: string, year: number): SeedFigure {
  const found = REAL_FIGURES.filter((f) => f.unit === unit && f.indicator === indicator && f.year === year)
  expect(found, cellKey(unit, indicator, year)).toHaveLength(1)
  const [figure] = found
  if (!figure) throw new Error('unreachable')
  return figure
}

describe('real figures: provenance', () => {
  it('quotes every figure word for word from its copied article', () => {
    for (const f of REAL_FIGURES) {
      expect(f.source, cellKey(f.unit, f.indicator, f.year)).toMatch(/^src-00\d(-[a-z-]+)?$/)
      const text = articleText(f.source ?? '')
      const parts = (f.quote ?? '').split(QUOTE_JOINER)
      for (const part of parts) {
        expect(part.length).toBeGreaterThan(10)
        expect(text, `${cellKey(f.unit, f.indicator, f.year)}: «${part}»`).toContain(part)
      }
    }
  })

  it('are all real, unique per cell, and valid input for the entry form', () => {
    expect(REAL_FIGURES.every((f) => f.illustrative === false)).toBe(true)
    const keys = REAL_FIGURES.map((f) => cellKey(f.unit, f.indicator, f.year))
    expect(new Set(keys).size).toBe(keys.length)
    expect(validateFigures(REAL_FIGURES)).toHaveLength(25)
  })

  it('agree with the percentage the source printed, within a point (reports round loosely)', () => {
    for (const f of REAL_FIGURES) {
      const computed = achievementPercent(f.actual, f.target)
      if (computed !== null && f.statedPercent != null) {
        expect(
          Math.abs(computed - f.statedPercent),
          cellKey(f.unit, f.indicator, f.year),
        ).toBeLessThanOrEqual(1)
      }
    }
  })
})

describe('real figures: the values of domain.md §5', () => {
  it.each([
    ['007', 'new_unions', 2021, 25, 25],
    ['007', 'new_members', 2021, 2352, 1330],
    ['007', 'cla_signed', 2021, 51, null],
    ['007', 'unions_total', 2021, 380, null],
    ['007', 'members_total', 2021, 21418, null],
    ['007', 'workers_total', 2021, 23736, null],
    ['001', 'new_unions', 2016, 33, 25],
    ['001', 'new_members', 2016, 2985, 2500],
    ['001', 'unions_total', 2016, 467, null],
    ['001', 'members_total', 2016, 19037, null],
    ['020', 'new_unions', 2020, 11, 12],
    ['020', 'new_members', 2020, 676, 650],
    ['019', 'welfare_spending', 2020, 3_521_450_000, null],
    ['019', 'welfare_beneficiaries', 2020, 5936, null],
    ['01', 'unions_total', 2023, 9360, null],
  ] as const)('%s %s %i = %i / %s', (unit, indicator, year, actual, target) => {
    const f = real(unit, indicator, year)
    expect(f).toMatchObject({ actual, target })
    expect(f.actualQualifier ?? 'exact').toBe('exact')
    expect(f.targetDerived ?? false).toBe(false)
  })

  it('sums the welfare spending parts, a lower bound when any part is', () => {
    expect(real('007', 'welfare_spending', 2021)).toMatchObject({
      actual: 10_000_000_000 + 1_250_300_000 + 535_800_000,
      actualQualifier: 'at_least',
    })
    expect(real('020', 'welfare_spending', 2020)).toMatchObject({
      actual: 82_500_000 + 59_400_000 + 1_800_000_000,
      actualQualifier: 'at_least',
    })
    expect(real('019', 'welfare_spending', 2020).actualQualifier ?? 'exact').toBe('exact')
    expect(real('007', 'welfare_beneficiaries', 2021).actual).toBe(6598)
    expect(real('020', 'welfare_beneficiaries', 2020)).toMatchObject({
      actual: 480,
      actualQualifier: 'at_least',
    })
  })

  it('derives Hoàng Mai 2024 targets from the stated percentages and marks them', () => {
    expect(real('008', 'new_unions', 2024)).toMatchObject({
      actual: 29,
      target: 20,
      targetDerived: true,
      statedPercent: 145,
    })
    expect(real('008', 'new_unions_25plus', 2024)).toMatchObject({
      actual: 15,
      target: 5,
      targetDerived: true,
      statedPercent: 300,
    })
    expect(real('008', 'new_members', 2024)).toMatchObject({ actual: 4315, target: null })
  })

  it('keeps Ba Đình 2016 fee and dues as stated percentages without amounts', () => {
    expect(real('001', 'union_fee', 2016)).toMatchObject({ actual: null, target: null, statedPercent: 148 })
    expect(real('001', 'dues', 2016)).toMatchObject({ actual: null, target: null, statedPercent: 220 })
    // The note quotes the malformed amount exactly as printed.
    const printed = '7.261.045351đ/2.900.000.000đ đạt 250%'
    expect(real('001', 'union_fee', 2016).note).toContain(printed)
    expect(articleText('src-001')).toContain(printed)
  })

  it('holds the city totals of 12/2023 as printed: 700.000 members with no "khoảng" (domain.md §5)', () => {
    const members = real('01', 'members_total', 2023)
    expect(members.actual).toBe(700_000)
    expect(members.actualQualifier ?? 'exact').toBe('exact')
    expect(members.note ?? '').not.toMatch(/xấp xỉ|khoảng/)
    expect(real('01', 'unions_total', 2023).actualQualifier ?? 'exact').toBe('exact')
  })

  it('credits the Hoàng Mai 2024 figures to their own story, not to the Hai Bà Trưng article', () => {
    for (const indicator of ['new_unions', 'new_unions_25plus', 'new_members']) {
      expect(real('008', indicator, 2024).source).toBe('src-000-hoang-mai')
    }
    const story = SOURCES.find((s) => s.slug === 'src-000-hoang-mai')
    expect(story?.title).toBe('Quận Hoàng Mai: Thành lập mới 29 Công đoàn cơ sở')
    expect(articleText('src-000-hoang-mai')).toContain(story?.title ?? '—')
    expect(real('007', 'new_members', 2021).source).toBe('src-000')
  })

  it('says Ba Đình 2016 flows are counts to about late November, stocks at the time of writing', () => {
    for (const indicator of ['new_unions', 'new_members', 'union_fee', 'dues']) {
      const f = real('001', indicator, 2016)
      expect(f.period, indicator).toBe('part_year')
      expect(f.timing, indicator).toContain('cuối tháng 11/2016')
    }
    expect(real('001', 'unions_total', 2016).period ?? 'year').toBe('year')
    expect(real('001', 'unions_total', 2016).timing).toContain('thời điểm viết bài')
  })

  it('joins passages with a separator no article uses, so a reader can tell where a quote ends', () => {
    for (const slug of ['src-000', 'src-001', 'src-002', 'src-003', 'src-004']) {
      expect(articleText(slug)).not.toContain(QUOTE_JOINER)
    }
    const welfare = real('007', 'welfare_spending', 2021)
    expect(quoteParts(welfare.quote ?? null)).toHaveLength(3)
    expect(quoteText(welfare.quote ?? null)).toMatch(
      /^“hỗ trợ cho 2\.703 lượt NLĐ.*đồng” · “tặng nhu yếu phẩm.*” · “trợ cấp cho 574.*đồng”$/,
    )
  })
})
