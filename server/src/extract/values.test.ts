// How results, targets and percentages are read (domain.md §6–7), one rule per test.
import { describe, expect, it } from 'vitest'
import { brief, codes, read } from './testing.ts'

describe('result/target and the stated percentage', () => {
  it('reads "X/Y … (đạt Z%)" as actual, target and a stated percentage', () => {
    const [p] = read('Năm 2021 đã thành lập mới 25/25 CĐCS (đạt 100%), phát triển 2.352/1.330 đoàn viên.')
    expect(p && brief(p)).toEqual({ indicator: 'new_unions', actual: 25, target: 25, statedPercent: 100 })
    expect(p?.quote.text).toBe('thành lập mới 25/25 CĐCS (đạt 100%)')
  })
  it('accepts a loosely rounded percentage and warns about one that does not fit', () => {
    const [rounded] = read('Phát triển 2.352/1.330 đoàn viên công đoàn (đạt 177% chỉ tiêu giao).')
    expect(codes(rounded)).not.toContain('percent_mismatch')
    const [wrong] = read('Thành lập mới 25/20 CĐCS (đạt 150% chỉ tiêu giao).')
    expect(wrong?.statedPercent).toBe(150)
    expect(codes(wrong)).toContain('percent_mismatch')
    expect(wrong?.warnings[0]?.message).toMatch(/150%.*125%/)
  })
  it('reads "vượt chỉ tiêu … 132%" as reached and "vượt 46,5% chỉ tiêu" as exceeded by', () => {
    expect(read('Thành lập được 33/25 CĐCS (vượt chỉ tiêu cấp trên giao 132%).')[0]?.statedPercent).toBe(132)
    expect(read('Kết nạp 1.465/1.000 đoàn viên, vượt 46,5% chỉ tiêu được giao.')[0]?.statedPercent).toBe(
      146.5,
    )
    expect(read('Kết nạp 3.300 đoàn viên, vượt 10% kế hoạch.')[0]?.statedPercent).toBe(110)
  })
  it('does not guess what "vượt 320% chỉ tiêu" means without the numbers', () => {
    const [p] = read('Thu đoàn phí vượt 320% dự toán.')
    expect(p?.statedPercent).toBeNull()
    expect(codes(p)).toContain('percent_ambiguous')
  })
  it('keeps a percentage alone as a stated percentage, never as a value', () => {
    const ps = read('Thu kinh phí công đoàn đạt 148%, đoàn phí CĐ đạt 220%.')
    expect(ps.map(brief)).toEqual([
      { indicator: 'union_fee', actual: null, target: null, statedPercent: 148 },
      { indicator: 'dues', actual: null, target: null, statedPercent: 220 },
    ])
    expect(codes(ps[0])).toContain('percent_only')
  })
  it('derives a target from a percentage only when one whole number fits, and marks it derived', () => {
    const [p] = read('Thành lập mới 29 Công đoàn cơ sở (đạt 145% chỉ tiêu giao).')
    expect(p).toMatchObject({ actual: 29, target: 20, targetDerived: true, statedPercent: 145 })
    expect(codes(p)).toContain('target_derived')
    const [q] = read('Phát triển 2.352 đoàn viên, đạt 177% chỉ tiêu giao.')
    expect(q).toMatchObject({ actual: 2352, target: null, targetDerived: false })
  })
})

describe('targets', () => {
  it('reads a target stated alone ("được giao", "phấn đấu", "chỉ tiêu", "kế hoạch")', () => {
    expect(read('Năm 2025 được giao thành lập 15 CĐCS và kết nạp 1.200 đoàn viên.').map(brief)).toEqual([
      { indicator: 'new_unions', actual: null, target: 15, statedPercent: null },
      { indicator: 'new_members', actual: null, target: 1200, statedPercent: null },
    ])
    expect(read('Phấn đấu kết nạp 1.500 đoàn viên mới.')[0]).toMatchObject({ actual: null, target: 1500 })
    expect(read('Chỉ tiêu phát triển đoàn viên năm 2025 là 2.000 người.')[0]).toMatchObject({
      target: 2000,
      year: 2025,
    })
  })
  it('reads a target after a result ("…, chỉ tiêu 1.050", "25 CĐCS/20 chỉ tiêu")', () => {
    expect(read('Kết nạp 1.056 đoàn viên, chỉ tiêu 1.050.')[0]).toMatchObject({ actual: 1056, target: 1050 })
    expect(read('- Thành lập mới: 25 CĐCS/20 chỉ tiêu, đạt 125%.')[0]).toMatchObject({
      actual: 25,
      target: 20,
    })
  })
  it('joins a target and a result of the same indicator stated apart', () => {
    const ps = read('Được giao chỉ tiêu thành lập 20 CĐCS, kết quả thành lập được 23 CĐCS.')
    expect(ps.map(brief)).toEqual([{ indicator: 'new_unions', actual: 23, target: 20, statedPercent: null }])
  })
  it('treats "hoàn thành chỉ tiêu" as a result, not a target', () => {
    expect(read('Hoàn thành chỉ tiêu thành lập mới CĐCS với 12 CĐCS được thành lập.')[0]).toMatchObject({
      actual: 12,
      target: null,
    })
  })
})

describe('numbers as reports write them', () => {
  it('reads money in tỷ, tỉ, triệu, nghìn/ngàn, đ and VNĐ', () => {
    const amount = (text: string) => read(text).find((p) => p.indicator === 'welfare_spending')?.actual
    expect(amount('Hỗ trợ 3.321 đoàn viên với tổng số tiền 1 tỷ 250,3 triệu đồng.')).toBe(1_250_300_000)
    expect(amount('Chăm lo cho đoàn viên với số tiền hơn 10 tỷ đồng.')).toBe(10_000_000_000)
    expect(amount('Tặng quà cho 2.100 lượt đoàn viên với tổng kinh phí 1,05 tỉ đồng.')).toBe(1_050_000_000)
    expect(amount('Trao 150 suất quà, tổng trị giá 75.000.000đ.')).toBe(75_000_000)
    expect(amount('Hỗ trợ 320 công nhân với số tiền 480 triệu VNĐ.')).toBe(480_000_000)
    expect(amount('Hỗ trợ đoàn viên khó khăn số tiền 850 ngàn đồng.')).toBe(850_000)
  })
  it('scales people by triệu and nghìn too: the word after the number decides', () => {
    expect(read('Chăm lo cho 1,2 triệu lượt đoàn viên, người lao động.', { unit: '01' })[0]).toMatchObject({
      indicator: 'welfare_beneficiaries',
      actual: 1_200_000,
    })
    expect(read('Kết nạp 15 ngàn đoàn viên mới.', { unit: '01' })[0]?.actual).toBe(15_000)
  })
  it('reads leading zeros', () => {
    expect(
      read('Thành lập mới 01 CĐCS; ký kết 03 bản thỏa ước lao động tập thể.').map((p) => p.actual),
    ).toEqual([1, 3])
  })
  it('reads qualifiers before and after a number', () => {
    const q = (text: string) => read(text)[0]?.qualifier
    expect(q('Chăm lo cho hơn 12.000 lượt đoàn viên.')).toBe('at_least')
    expect(q('Chi chăm lo cho đoàn viên trên 3 tỷ đồng.')).toBe('at_least')
    expect(q('Kết nạp gần 2.000 đoàn viên.')).toBe('at_most')
    expect(q('Hiện quản lý khoảng 420 CĐCS.')).toBe('about')
    expect(q('Phát triển 1.000 đoàn viên trở lên.')).toBe('at_least')
    expect(q('Đã hỗ trợ ít nhất 500 người lao động.')).toBe('at_least')
    expect(q('Thu kinh phí công đoàn ước đạt 18 tỷ đồng.')).toBe('about')
  })
  it('reads a table row pasted from Word, in the order its header or its percentage gives', () => {
    const headed = read('Chỉ tiêu\tKế hoạch\tThực hiện\nKết nạp đoàn viên\t1.000\t1.210')
    expect(headed.map(brief)).toEqual([
      { indicator: 'new_members', actual: 1210, target: 1000, statedPercent: null },
    ])
    const bare = read('Thành lập CĐCS mới | 20 | 25 | 125%')
    expect(bare[0]).toMatchObject({ actual: 25, target: 20 })
    expect(read('Thành lập CĐCS mới | 20 | 25')).toEqual([])
  })
})
