import { describe, expect, it } from 'vitest'
import {
  formatAgainstTarget,
  formatAmount,
  formatCount,
  formatDecimal,
  formatYear,
  moneyWords,
  roundBounded,
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

describe('one formatter per kind', () => {
  it('counts, with their bound', () => {
    expect(formatCount(2352)).toBe('2.352')
    expect(formatCount(700_000, 'about')).toBe('khoảng 700.000')
    expect(formatCount(2700, 'at_least')).toBe('hơn 2.700')
  })
  it('amounts of either kind through one function', () => {
    expect(formatAmount(2352, 'count')).toBe('2.352')
    expect(formatAmount(1_250_300_000, 'money')).toBe('1 tỷ 250,3 triệu đồng')
    expect(formatAmount(11_786_100_000, 'money', 'at_least')).toBe('hơn 11 tỷ 786,1 triệu đồng')
  })
  it('the exact amount says its bound too', () => {
    expect(formatMoneyExact(11_786_100_000, 'at_least')).toBe('hơn 11.786.100.000 đ')
  })
  it('money words for a field, without "đồng"', () => {
    expect(moneyWords(1_250_300_000)).toBe('1 tỷ 250,3 triệu')
    expect(moneyWords(15_000)).toBe('15.000')
  })
  it('years as years, never grouped', () => {
    expect(formatYear(2021)).toBe('2021')
    expect(formatYear(2025)).not.toMatch(/[.,]/)
    expect(() => formatYear(2021.5)).toThrow(RangeError)
  })
  it('percent and change with a true minus and a decimal comma', () => {
    expect(formatPercent(176.84)).toBe('176,8%')
    expect(formatPercent(176.85)).toBe('176,9%')
    expect(formatChange(-4.25)).toBe('−4,3%')
    expect(formatNumber(-1200)).toBe('−1.200')
  })
})

// Issue 11 item 3: a bound is kept when a figure is shortened. A lower bound ("hơn") is rounded
// down, an upper bound ("gần") up, by every formatter that rounds.
describe('bounds kept when shortened', () => {
  const WELFARE_HBT_2021 = 11_786_100_000 // "hơn 10 tỷ" + 1 tỷ 250,3 triệu + 535,8 triệu

  it('a lower bound is rounded down: "hơn 11,78 tỷ", not "hơn 11,79 tỷ"', () => {
    expect(formatCompact(WELFARE_HBT_2021, 'money', 'at_least')).toBe('hơn 11,78 tỷ')
    expect(formatCompact(WELFARE_HBT_2021, 'money')).toBe('11,79 tỷ')
    expect(formatCompact(WELFARE_HBT_2021, 'money', 'about')).toBe('khoảng 11,79 tỷ')
  })
  it('an upper bound is rounded up', () => {
    expect(formatCompact(11_781_000_000, 'money', 'at_most')).toBe('gần 11,79 tỷ')
    expect(formatCompact(11_781_000_000, 'money')).toBe('11,78 tỷ')
    expect(formatCompact(1_234_000, 'count', 'at_most')).toBe('gần 1,3 triệu')
    expect(formatCompact(1_278_000, 'count', 'at_least')).toBe('hơn 1,2 triệu')
    expect(formatCompact(536_600_000, 'money', 'at_least')).toBe('hơn 536 triệu')
    expect(formatCompact(535_200_000, 'money', 'at_most')).toBe('gần 536 triệu')
  })
  it('an exact multiple is never moved', () => {
    expect(formatCompact(11_780_000_000, 'money', 'at_least')).toBe('hơn 11,78 tỷ')
    expect(formatCompact(11_780_000_000, 'money', 'at_most')).toBe('gần 11,78 tỷ')
    expect(formatPercent(176.8, 'at_most')).toBe('gần 176,8%')
    expect(formatPercent(176.8, 'at_least')).toBe('hơn 176,8%')
  })
  it('the display form keeps the bound at its 10.000 đ precision', () => {
    expect(formatMoney(10_000_009_999, 'at_least')).toBe('hơn 10 tỷ đồng')
    expect(formatMoney(10_000_009_999)).toBe('10 tỷ 0,01 triệu đồng')
    expect(formatMoney(9_999_995_001, 'at_most')).toBe('gần 10 tỷ đồng')
    expect(formatMoney(9_999_990_001, 'at_least')).toBe('hơn 9 tỷ 999,99 triệu đồng')
  })
  it('percent and change keep the side of their bound', () => {
    expect(formatPercent(176.89, 'at_least')).toBe('hơn 176,8%')
    expect(formatPercent(176.81, 'at_most')).toBe('gần 176,9%')
    expect(formatChange(69.66, 'at_least')).toBe('ít nhất +69,6%')
    expect(formatChange(-4.21, 'at_most')).toBe('nhiều nhất −4,2%')
  })
  it('a carry reaches the next scale', () => {
    expect(formatCompact(999_999_999, 'money', 'at_most')).toBe('gần 1 tỷ')
    expect(formatCompact(999_600_000, 'money')).toBe('1 tỷ')
    expect(formatCompact(999_960, 'count')).toBe('1 triệu')
  })
  it('negative values: a lower bound rounds toward minus infinity', () => {
    expect(formatCompact(-11_786_100_000, 'money', 'at_least')).toBe('hơn −11,79 tỷ')
    expect(formatCompact(-11_786_100_000, 'money', 'at_most')).toBe('gần −11,78 tỷ')
    expect(roundBounded(-1.25, 0.1, 'at_least')).toBeCloseTo(-1.3)
  })
})

describe('the hand-written vi-VN digits equal ICU’s', () => {
  // formatNumber and formatDecimal write digits without building an ICU formatter (issue 10 item 7);
  // they must write exactly what Intl.NumberFormat('vi-VN') writes, for every kind of number.
  const formats = [0, 1, 2, 3].map((d) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: d }))
  const icu = (digits: number) => formats[digits] as Intl.NumberFormat
  const minus = (text: string) => text.replace('-', '−')
  let seed = 20261201
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const samples: number[] = [
    0,
    -0,
    1,
    -1,
    5,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.05,
    0.15,
    0.25,
    1.005,
    1.045,
    9.995,
    99.95,
    999.5,
    999_999.5,
    176.8,
    176.85,
    1768.4999999999998,
    123_456.0005,
    0.000_001_5,
    1e-7,
    1e15,
    123_456_789_012.345,
    2 ** 53,
    1e21,
    1.5e300,
    Number.MAX_SAFE_INTEGER,
    0.1 + 0.2,
    Infinity,
    -Infinity,
    NaN,
  ]
  for (let i = 0; i < 3000; i += 1) {
    const scale = 10 ** Math.floor(random() * 13 - 4)
    const value = (random() - 0.3) * scale
    samples.push(
      value,
      Math.round(value * 1000) / 1000,
      Math.round(value * 2) / 2,
      Math.round(value * 200) / 200,
    )
  }
  it('formatNumber: integers, halves, negatives, large and tiny numbers', () => {
    const wrong = samples.filter((value) => formatNumber(value) !== minus(icu(0).format(value)))
    expect(wrong.map((value) => [value, formatNumber(value), icu(0).format(value)])).toEqual([])
  })
  it('formatDecimal: one to three decimals', () => {
    for (const digits of [1, 2, 3]) {
      const icuText = (value: number) => minus(icu(digits).format(roundBounded(value, 10 ** -digits)))
      const wrong = samples.filter((value) => formatDecimal(value, digits) !== icuText(value))
      expect(wrong.map((value) => [digits, value, formatDecimal(value, digits), icuText(value)])).toEqual([])
    }
  })
})
