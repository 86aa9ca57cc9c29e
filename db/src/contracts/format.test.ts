import { describe, expect, it } from 'vitest'
import {
  formatAgainstTarget,
  formatChange,
  formatCompact,
  formatMoney,
  formatMoneyExact,
  formatNumber,
  formatPercent,
  formatRankChange,
  formatValue,
} from './format.ts'

// Every expected string below is how a source article or a report writes the figure (domain.md §5–6).
describe('numbers and percents', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(2352)).toBe('2.352')
    expect(formatNumber(23736)).toBe('23.736')
    expect(formatNumber(1250300000)).toBe('1.250.300.000')
    expect(formatNumber(25)).toBe('25')
  })
  it('writes percents with a decimal comma', () => {
    expect(formatPercent(176.8)).toBe('176,8%')
    expect(formatPercent(91.7)).toBe('91,7%')
    expect(formatPercent(100)).toBe('100%')
  })
  it('signs changes with a true minus', () => {
    expect(formatChange(12.3)).toBe('+12,3%')
    expect(formatChange(-4)).toBe('−4%')
    expect(formatChange(0)).toBe('0%')
  })
})

describe('money', () => {
  it('writes the mixed tỷ/triệu form of the reports', () => {
    expect(formatMoney(1_250_300_000)).toBe('1 tỷ 250,3 triệu đồng')
    expect(formatMoney(535_800_000)).toBe('535,8 triệu đồng')
    expect(formatMoney(3_521_450_000)).toBe('3 tỷ 521,45 triệu đồng')
    expect(formatMoney(10_000_000_000)).toBe('10 tỷ đồng')
    expect(formatMoney(82_500_000)).toBe('82,5 triệu đồng')
    expect(formatMoney(15_000)).toBe('15.000 đồng')
  })
  it('carries a rounding into the next tỷ', () => {
    expect(formatMoney(1_999_999_999)).toBe('2 tỷ đồng')
  })
  it('writes exact amounts for tables', () => {
    expect(formatMoneyExact(1_250_300_000)).toBe('1.250.300.000 đ')
  })
})

describe('compact axis labels', () => {
  it('keeps district-sized counts exact and shortens big ones', () => {
    expect(formatCompact(2352, 'count')).toBe('2.352')
    expect(formatCompact(120_000, 'count')).toBe('120 nghìn')
    expect(formatCompact(1_200_000, 'count')).toBe('1,2 triệu')
  })
  it('shortens money to triệu and tỷ', () => {
    expect(formatCompact(500_000_000, 'money')).toBe('500 triệu')
    expect(formatCompact(1_250_000_000, 'money')).toBe('1,25 tỷ')
    expect(formatCompact(0, 'money')).toBe('0')
  })
})

describe('figures with units', () => {
  it('states bounds and results against target as reports do', () => {
    expect(formatValue(10_000_000_000, 'money', 'đồng', 'at_least')).toBe('hơn 10 tỷ đồng')
    expect(formatValue(700_000, 'count', 'đoàn viên', 'about')).toBe('khoảng 700.000 đoàn viên')
    expect(formatAgainstTarget(2352, 1330, 'count', 'đoàn viên')).toBe('2.352/1.330 đoàn viên, đạt 176,8%')
  })
  it('marks rank changes', () => {
    expect(formatRankChange(2)).toBe('▲ 2')
    expect(formatRankChange(-1)).toBe('▼ 1')
    expect(formatRankChange(0)).toBe('=')
    expect(formatRankChange(null)).toBe('mới')
  })
})
