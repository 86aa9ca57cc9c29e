import { describe, expect, it } from 'vitest'
import {
  currentReportingYear,
  defaultEntryYear,
  defaultTargetYear,
  entryYears,
  existsInYear,
  notInYearText,
} from './entry-year.ts'

const DISTRICT = { validFrom: '2014-04-01', validTo: '2025-06-30' }
const WARD = { validFrom: '2025-10-01', validTo: null }
const day = (iso: string) => new Date(`${iso}T12:00:00`)

describe('the year the write side opens on', () => {
  it('is this year from March; January and February still report the year before', () => {
    expect(currentReportingYear(day('2026-12-01'))).toBe(2026)
    expect(currentReportingYear(day('2026-03-01'))).toBe(2026)
    expect(currentReportingYear(day('2027-02-28'))).toBe(2026)
    expect(currentReportingYear(day('2027-01-05'))).toBe(2026)
  })

  it('targets: next year’s from October', () => {
    expect(defaultTargetYear(day('2026-12-01'))).toBe(2027)
    expect(defaultTargetYear(day('2026-09-30'))).toBe(2026)
    expect(defaultTargetYear(day('2027-01-10'))).toBe(2026)
  })

  it('a unit that has ended opens on its last year; a new unit on the current year', () => {
    expect(defaultEntryYear(DISTRICT, day('2026-12-01'))).toBe(2025)
    expect(defaultEntryYear(WARD, day('2026-12-01'))).toBe(2026)
    expect(defaultEntryYear(DISTRICT, day('2024-06-01'))).toBe(2024)
  })

  it('a district has reports up to 2025 (it existed in its first half), a ward from 2025', () => {
    expect(existsInYear(DISTRICT, 2025)).toBe(true)
    expect(existsInYear(DISTRICT, 2026)).toBe(false)
    expect(existsInYear(WARD, 2024)).toBe(false)
    expect(entryYears(DISTRICT, 2016, day('2026-12-01'))).toEqual([
      2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016,
    ])
    expect(entryYears(WARD, 2016, day('2026-12-01'))).toEqual([2026, 2025])
  })

  it('says why a unit has no report for a year, in Vietnamese', () => {
    expect(notInYearText({ ...DISTRICT, name: 'LĐLĐ quận Hai Bà Trưng' }, 2026)).toBe(
      'LĐLĐ quận Hai Bà Trưng hoạt động từ 01/04/2014 đến 30/06/2025, nên không có báo cáo năm 2026.',
    )
    expect(notInYearText({ ...WARD, name: 'Công đoàn phường Ba Đình' }, 2024)).toBe(
      'Công đoàn phường Ba Đình hoạt động từ 01/10/2025, nên chưa có báo cáo năm 2024.',
    )
  })
})
