// What the extractor must never invent (issue 9): a missed figure is better than a false one.
import { describe, expect, it } from 'vitest'
import { codes, read } from './testing.ts'

const values = (text: string, unit = '006') =>
  read(text, { unit }).map((p) => `${p.indicator}=${p.actual ?? p.target ?? p.statedPercent}`)

describe('never a value', () => {
  it('a date', () => {
    expect(values('Ngày 30/10/2024, LĐLĐ quận tổ chức hội nghị sơ kết.')).toEqual([])
    expect(values('Sáng 12/6, 250 đoàn viên đã tham dự lễ kết nạp.')).toEqual([])
  })
  it('a document or article number', () => {
    expect(values('Thực hiện Quyết định 1454/QĐ-TLĐ ngày 28/11/2014 của Tổng Liên đoàn.')).toEqual([])
    expect(values('Theo điều 17 Luật Công đoàn năm 2012, công đoàn cơ sở được thành lập.')).toEqual([])
    expect(values('Triển khai Nghị quyết 02-NQ/TW và Kế hoạch số 125/KH-LĐLĐ.')).toEqual([])
  })
  it('a percentage that is a growth or a share', () => {
    expect(values('Số đoàn viên tăng 12% so với năm 2023.')).toEqual([])
    expect(values('Trong nhiệm kỳ số công đoàn cơ sở tăng 65%, số đoàn viên tăng 53%.')).toEqual([])
    expect(values('Đoàn viên nữ chiếm 62% tổng số đoàn viên.')).toEqual([])
  })
  it('a count of other things', () => {
    expect(values('Phối hợp với UBND 10 phường tuyên truyền thành lập công đoàn cơ sở.')).toEqual([])
    expect(values('Toàn huyện có 46 nghiệp đoàn.')).toEqual([])
    expect(values('Hỗ trợ 30 đơn vị sử dụng lao động gặp khó khăn.')).toEqual([])
    expect(values('LĐLĐ Thành phố quản lý 45 công đoàn cấp trên trực tiếp cơ sở.', '01')).toEqual([])
    expect(values('Tặng 183 suất quà và 297 vé xe cho người lao động.')).toEqual([])
  })
  it('a rate', () => {
    expect(values('Mỗi mái ấm công đoàn được hỗ trợ 30 triệu đồng.')).toEqual([])
    expect(values('Nâng mức tiền ăn ca lên 15.000 đồng/suất/người.')).toEqual([])
    expect(values('Hỗ trợ 30 triệu đồng/mái ấm cho 12 đoàn viên khó khăn về nhà ở.')).toEqual([
      'welfare_beneficiaries=12',
    ])
  })
  it('a part of a figure already counted', () => {
    expect(values('Kết nạp 1.200 đoàn viên; trong đó khu vực ngoài nhà nước 950 đoàn viên.')).toEqual([
      'new_members=1200',
    ])
    expect(
      values('Năm 2024 kết nạp 1.800 đoàn viên. Riêng khối doanh nghiệp kết nạp 1.500 đoàn viên.'),
    ).toEqual(['new_members=1800'])
    expect(values('Truy thu kinh phí công đoàn được 320 triệu đồng.')).toEqual([])
  })
  it('the parts beside a stated total', () => {
    expect(
      values('Tặng quà Tết 500 triệu đồng, thăm hỏi ốm đau 300 triệu đồng, tổng cộng 800 triệu đồng.'),
    ).toEqual(['welfare_spending=800000000'])
  })
  it("a multi-year total as one year's value", () => {
    const [p] = read('Nhiệm kỳ 2018-2023, LĐLĐ quận kết nạp 12.400 đoàn viên.')
    expect(p).toMatchObject({ actual: 12400, period: 'multi_year', year: null })
  })
  it('a part over its whole as a result over a target', () => {
    expect(values('Đến nay đã có 20.883 đoàn viên/tổng số 23.212 người lao động.')).toEqual([])
    expect(values('Có 156/180 doanh nghiệp đã thành lập công đoàn cơ sở.')).toEqual([])
  })
  it("loans, rent cuts, partners' discounts, awards, donations, plans", () => {
    for (const text of [
      'Giải ngân 2,5 tỷ đồng cho 80 đoàn viên vay vốn.',
      'Vận động chủ nhà trọ giảm giá cho 600 công nhân với tổng số tiền 420 triệu đồng.',
      'Các đối tác ưu đãi giảm giá cho 3.000 đoàn viên với tổng giá trị 900 triệu đồng.',
      'Tặng Bằng khen cho 25 tập thể và 40 cá nhân.',
      'Quyên góp ủng hộ đồng bào vùng lũ 350 triệu đồng.',
      'Năm 2025, LĐLĐ quận sẽ kết nạp 1.000 đoàn viên.',
      'LĐLĐ tỉnh Long An dự chi hơn 40 tỷ đồng chăm lo Tết.',
    ])
      expect(values(text), text).toEqual([])
  })
  it('a change, a misprint, a decimal count, a quoted name', () => {
    expect(values('Kết nạp 1.300 đoàn viên, tăng 200 đoàn viên so với năm 2023.')).toEqual([
      'new_members=1300',
    ])
    expect(values('Thu kinh phí đạt 7.261.045351đ/2.900.000.000đ.')).toEqual([])
    expect(values('Kết nạp 2,352 đoàn viên mới.')).toEqual([])
    expect(values('Chương trình “1.000 mái ấm công đoàn” được triển khai.')).toEqual([])
  })
})

describe('said once, with a warning where it looks wrong', () => {
  it('a repeated paragraph and a headline repeating its story count once', () => {
    expect(values('Kết nạp 450 đoàn viên mới.\nKết nạp 450 đoàn viên mới.')).toEqual(['new_members=450'])
    const text =
      'Quận Hoàng Mai: Thành lập mới 29 Công đoàn cơ sở\nThống kê trong năm 2024, LĐLĐ quận Hoàng Mai đã thành lập mới 29 Công đoàn cơ sở (đạt 145% chỉ tiêu giao).'
    expect(read(text).map((p) => [p.actual, p.year])).toEqual([[29, 2024]])
  })
  it('warns about an implausible value instead of dropping it', () => {
    const [p] = read('Năm 2024, LĐLĐ Thành phố Hà Nội kết nạp 120 đoàn viên mới.', { unit: '01' })
    expect(p?.actual).toBe(120)
    expect(codes(p)).toContain('implausible')
    expect(p?.warnings.find((w) => w.code === 'implausible')?.message).toMatch(/cả thành phố/)
  })
  it('marks several welfare amounts of one year as parts of its figure', () => {
    const ps = read('Tặng 183 suất quà trị giá 82,5 triệu đồng, tặng 297 vé xe trị giá 59,4 triệu đồng.')
    expect(ps.map((p) => p.actual)).toEqual([82_500_000, 59_400_000])
    expect(ps.every((p) => codes(p).includes('welfare_part'))).toBe(true)
  })
  it('quotes exactly the words a figure comes from', () => {
    const text =
      'Trong năm 2021 đã phát triển 2.352/1.330 đoàn viên công đoàn (đạt 177% chỉ tiêu giao) được khen thưởng.'
    const [p] = read(text)
    expect(p && text.slice(p.quote.start, p.quote.end)).toBe(p?.quote.text)
    expect(p?.quote.text).toBe('phát triển 2.352/1.330 đoàn viên công đoàn (đạt 177% chỉ tiêu giao)')
    expect(p && text.slice(p.value.start, p.value.end)).toBe('2.352/1.330')
  })
})
