import { describe, expect, it } from 'vitest'
import { parseVietnameseNumber } from './parse.ts'

const value = (raw: string, kind: 'count' | 'money' = 'count') => {
  const r = parseVietnameseNumber(raw, kind)
  return r.ok ? r.value : `error: ${r.message}`
}

describe('parseVietnameseNumber', () => {
  it('reads counts typed the Vietnamese way', () => {
    expect(value('2.352')).toBe(2352)
    expect(value('2352')).toBe(2352)
    expect(value(' 21.418 ')).toBe(21418)
    expect(value('01')).toBe(1)
    expect(value('')).toBeNull()
  })
  it('reads money in tỷ, triệu and nghìn as reports write it', () => {
    expect(value('1 tỷ 250,3 triệu', 'money')).toBe(1_250_300_000)
    expect(value('1 tỷ 250,3 triệu đồng', 'money')).toBe(1_250_300_000)
    expect(value('535,8 triệu đồng', 'money')).toBe(535_800_000)
    expect(value('3 tỷ 521,45 triệu', 'money')).toBe(3_521_450_000)
    expect(value('1,5 tỉ', 'money')).toBe(1_500_000_000)
    expect(value('1.250.300.000 đ', 'money')).toBe(1_250_300_000)
    expect(value('15 nghìn', 'money')).toBe(15_000)
  })
  it('refuses what is not a whole, non-negative number', () => {
    expect(value('-5')).toBe('error: Không được là số âm.')
    expect(value('2,5')).toBe('error: Phải là số nguyên.')
    expect(value('2.35')).toMatch(/^error: Không đọc được/)
    expect(value('abc')).toMatch(/^error: Không đọc được/)
    expect(value('1 triệu 2 tỷ', 'money')).toMatch(/^error: Thứ tự/)
    expect(value('1 tỷ 250', 'money')).toMatch(/^error: Thiếu đơn vị/)
    expect(value('0,5 đồng', 'money')).toBe('error: Tiền tính bằng đồng, không có phần lẻ.')
  })

  it('explains a comma grouping thousands the English way (the comma is the decimal mark)', () => {
    expect(value('2,352')).toBe('error: Không đọc được "2,352": dấu phẩy là phần thập phân; viết 2.352.')
    expect(value(' 21,418 ')).toBe('error: Không đọc được "21,418": dấu phẩy là phần thập phân; viết 21.418.')
    expect(value('1,250,300', 'money')).toBe(
      'error: Không đọc được "1,250,300": dấu phẩy là phần thập phân; viết 1.250.300.',
    )
    // A real decimal that is a whole amount of money still reads ("2,352 triệu" = 2.352.000 đ).
    expect(value('2,352 triệu', 'money')).toBe(2_352_000)
    expect(value('2,5')).toBe('error: Phải là số nguyên.')
  })
})
