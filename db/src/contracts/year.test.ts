import { describe, expect, it } from 'vitest'
import { currentYear, writableYearIssue, writableYears, yearParamSchema, yearsOf } from './year.ts'

const TODAY = new Date('2026-12-01T04:00:00Z')

describe('yearParamSchema', () => {
  it('reads digits only, inside 2000–2100', () => {
    expect(yearParamSchema.parse('2024')).toBe(2024)
    for (const bad of ['abc', ' 2021', '0x7E5', '', '1999', '2101', '9999', '20.5', '-2021'])
      expect(yearParamSchema.safeParse(bad).success, bad).toBe(false)
  })
})

describe('currentYear', () => {
  it('turns the year at midnight in Hà Nội (UTC+7), not in UTC', () => {
    expect(currentYear(TODAY)).toBe(2026)
    expect(currentYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026)
    expect(currentYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027)
  })
})

describe('writableYears', () => {
  it('runs from the first year of data to next year', () => {
    expect(writableYears(2014, TODAY)).toEqual({ from: 2014, to: 2027 })
    expect(writableYears(null, TODAY)).toEqual({ from: 2026, to: 2027 })
  })
  it('refuses 9999 and 2028 with a Vietnamese message, accepts 2027', () => {
    const range = writableYears(2014, TODAY)
    expect(writableYearIssue(2027, range)).toBeNull()
    expect(writableYearIssue(2014, range)).toBeNull()
    expect(writableYearIssue(2028, range)).toBe(
      'Chỉ ghi được số liệu và chỉ tiêu của các năm từ 2014 đến 2027 (năm nay và năm sau); năm 2028 nằm ngoài khoảng này.',
    )
    expect(writableYearIssue(9999, range)).toMatch(/năm 9999 nằm ngoài/)
    expect(writableYearIssue(2013, range)).not.toBeNull()
  })
})

describe('yearsOf', () => {
  it('defaults to the latest year with actuals; a year of targets only is a plan', () => {
    const y = yearsOf(
      [
        { year: 2027, hasActuals: false, hasTargets: true },
        { year: 2024, hasActuals: true, hasTargets: true },
        { year: 2025, hasActuals: false, hasTargets: false },
      ],
      { from: 2014, to: 2027 },
      TODAY,
    )
    expect(y.latest).toBe(2024)
    expect(y.years).toEqual([2024, 2025, 2027])
    expect(y.planYears).toEqual([2027])
    expect(y.currentYear).toBe(2026)
  })
  it('has no default year before any actual is reported', () => {
    expect(
      yearsOf([{ year: 2027, hasActuals: false, hasTargets: true }], { from: 2026, to: 2027 }, TODAY).latest,
    ).toBeNull()
  })
})
