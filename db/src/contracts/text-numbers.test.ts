import { describe, expect, it } from 'vitest'
import { scanNumbers, type TextNumber } from './text-numbers.ts'

const scan = (text: string) => scanNumbers(text.toLowerCase())
const kinds = (text: string) => scan(text).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`)
const first = (text: string): TextNumber => {
  const t = scan(text)[0]
  if (!t) throw new Error(`no number in ${text}`)
  return t
}

describe('scanNumbers: counts and money', () => {
  it('reads dots as thousands and commas as decimals, leading zeros included', () => {
    expect(first('23.736 công nhân').value?.value).toBe(23736)
    expect(first('2500 đoàn viên').value?.value).toBe(2500)
    expect(first('01 CĐCS').value?.value).toBe(1)
    expect(first('700.000 đoàn viên').value?.value).toBe(700_000)
  })
  it('reads money with its scale words and currency', () => {
    const t = first('với tổng số tiền 1 tỷ 250,3 triệu đồng.')
    expect(t.value).toMatchObject({ value: 1_250_300_000, money: true, scaled: true })
    expect('với tổng số tiền 1 tỷ 250,3 triệu đồng.'.slice(t.start, t.end)).toBe('1 tỷ 250,3 triệu đồng')
    expect(first('3 tỷ 521,45 triệu đồng').value?.value).toBe(3_521_450_000)
    expect(first('hơn 10 tỷ đồng').value).toMatchObject({ value: 10_000_000_000, money: true })
    expect(first('trên 600 tỉ').value).toMatchObject({ value: 600_000_000_000, money: true })
    expect(first('25 triệu VNĐ').value).toMatchObject({ value: 25_000_000, money: true })
    expect(first('82.5 triệu đồng').value?.value).toBe(82_500_000)
    expect(first('500 ngàn đ').value).toMatchObject({ value: 500_000, money: true })
  })
  it('scales people as well as money: the word after decides', () => {
    expect(first('1,2 triệu lượt').value).toMatchObject({ value: 1_200_000, money: false })
    expect(first('120 nghìn đoàn viên').value).toMatchObject({ value: 120_000, money: false })
  })
  it('reads percentages apart from values', () => {
    expect(first('đạt 91,66% kế hoạch').value).toMatchObject({ value: 91.66, percent: true })
    expect(first('đạt 123,5 phần trăm').value).toMatchObject({ value: 123.5, percent: true })
  })
  it('refuses a decimal count and a scale-less tail', () => {
    expect(kinds('2,352 đoàn viên')).toEqual(['malformed:2,352'])
    expect(kinds('5 tỷ 200 đồng')[0]).toMatch(/^malformed/)
  })
  it('marks a bare four-digit number as a possible year', () => {
    expect(first('năm 2021').value?.yearLike).toBe(true)
    expect(first('2500 đoàn viên').value?.yearLike).toBe(false)
  })
})

describe('scanNumbers: what a slash or a dash writes', () => {
  it('reads result/target fractions', () => {
    const t = first('thành lập được 11/12 công đoàn cơ sở')
    expect(t.kind).toBe('fraction')
    expect([t.value?.value, t.denominator?.value]).toEqual([11, 12])
    expect(first('kết nạp được 2.985/2500 đoàn viên').denominator?.value).toBe(2500)
  })
  it('reads dates, not fractions', () => {
    expect(kinds('Nghị quyết 02-NQ/TW ngày 12/6/2021')).toEqual(['ref:02', 'date:12/6/2021'])
    expect(kinds('Tính đến 30/10, đã')).toEqual(['date:30/10'])
    expect(kinds('(28/7/1929 – 28/7/2020)')).toEqual(['date:28/7/1929', 'date:28/7/2020'])
    expect(kinds('đầu tháng 5/2025')).toEqual(['date:5/2025'])
    expect(kinds('Hoạt động 20/04/2025 22:49')).toEqual(['date:20/04/2025', 'time:22:49'])
  })
  it('reads document numbers, times, year ranges and glued codes as non-values', () => {
    expect(kinds('Quyết định 1454/QĐ-TLĐ')).toEqual(['ref:1454'])
    expect(kinds('Công điện số 248/CĐ-TTg')).toEqual(['ref:248'])
    expect(kinds('Mẫu 2-HĐCĐ')).toEqual(['ref:2'])
    expect(kinds('nhiệm kỳ 2018-2023')).toEqual(['year_range:2018-2023'])
    expect(kinds('giai đoạn 2015- 2020')).toEqual(['year_range:2015- 2020'])
    expect(kinds('lúc 03h00 ngày')).toEqual(['time:03h00'])
    expect(kinds('dịch Covid-19 và F0')).toEqual(['ref:19', 'ref:0'])
  })
  it('swallows a misprinted amount with what is glued to it', () => {
    expect(kinds('7.261.045351đ/2.900.000.000đ đạt 250%')).toEqual([
      'malformed:7.261.045351đ/2.900.000.000đ',
      'quantity:250%',
    ])
  })
  it('reads money fractions', () => {
    const t = first('7.261.045.351đ/2.900.000.000đ')
    expect(t.kind).toBe('fraction')
    expect([t.value?.value, t.denominator?.value]).toEqual([7_261_045_351, 2_900_000_000])
  })
})
