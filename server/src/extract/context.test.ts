// Which indicator, unit, year and period a figure is read in.
import { describe, expect, it } from 'vitest'
import { codes, read } from './testing.ts'

const keys = (text: string, unit = '006') =>
  read(text, { unit }).map((p) => `${p.indicator}=${p.actual ?? p.target}`)

describe('the indicators, as reports name them', () => {
  it('new unions, and those with 25 members or more', () => {
    expect(keys('Thành lập mới 29 Công đoàn cơ sở.')).toEqual(['new_unions=29'])
    expect(keys('Đã có 17 CĐCS được thành lập mới.')).toEqual(['new_unions=17'])
    expect(keys('Thành lập 8 công đoàn cơ sở mới, trong đó 6 CĐCS có từ 25 đoàn viên trở lên.')).toEqual([
      'new_unions=8',
      'new_unions_25plus=6',
    ])
  })
  it('members recruited, not admitted to the Party', () => {
    expect(keys('Kết nạp được 945 đoàn viên công đoàn.')).toEqual(['new_members=945'])
    expect(keys('Phát triển mới 1.230 đoàn viên.')).toEqual(['new_members=1230'])
    expect(keys('Đã có 380 người lao động được kết nạp vào tổ chức công đoàn.')).toEqual(['new_members=380'])
    expect(keys('Đã có 45 đoàn viên công đoàn được kết nạp vào Đảng.')).toEqual([])
  })
  it('members introduced to the Party', () => {
    expect(keys('Giới thiệu 86 đoàn viên ưu tú cho Đảng xem xét, kết nạp.')).toEqual(['party_referrals=86'])
    expect(keys('Giới thiệu việc làm cho 300 người lao động.')).toEqual([])
  })
  it("collective agreements, not partners' agreements", () => {
    expect(keys('Ký kết mới 27 bản thỏa ước lao động tập thể.')).toEqual(['cla_signed=27'])
    expect(keys('Có 19 bản TƯLĐTT được ký mới.')).toEqual(['cla_signed=19'])
    expect(keys('Ký kết 8 bản thỏa thuận hợp tác với doanh nghiệp.')).toEqual([])
  })
  it('union fee and dues collected', () => {
    expect(keys('Thu kinh phí công đoàn 2% được 45 tỷ 600 triệu đồng.')).toEqual(['union_fee=45600000000'])
    expect(keys('Thu đoàn phí công đoàn được 3.450.500.000 đồng.')).toEqual(['dues=3450500000'])
  })
  it('welfare spending and beneficiaries', () => {
    expect(keys('Thăm hỏi, tặng quà 1.250 đoàn viên với tổng số tiền 625 triệu đồng.')).toEqual([
      'welfare_beneficiaries=1250',
      'welfare_spending=625000000',
    ])
    expect(keys('Chi hỗ trợ 25 triệu đồng cho 10 đoàn viên bị tai nạn lao động.')).toEqual([
      'welfare_spending=25000000',
      'welfare_beneficiaries=10',
    ])
  })
  it('stocks: unions managed, members, workers', () => {
    expect(keys('Hiện đang trực tiếp quản lý 380 CĐCS với tổng số 23.736 CNVCLĐ; 21.418 đoàn viên.')).toEqual(
      ['unions_total=380', 'workers_total=23736', 'members_total=21418'],
    )
    expect(keys('Tổng số đoàn viên toàn huyện là 25.310 người.')).toEqual(['members_total=25310'])
    expect(keys('Tổng số 300 đoàn viên tham gia hội thao.')).toEqual([])
  })
})

describe('periods', () => {
  it('reads part of a year', () => {
    for (const text of [
      '9 tháng đầu năm 2024 kết nạp 640 đoàn viên.',
      '6 tháng, các cấp công đoàn kết nạp 312 đoàn viên.',
      'Tính đến 30/10/2024, toàn quận đã thành lập 14 CĐCS.',
      'Từ đầu năm đến nay đã kết nạp 300 đoàn viên.',
      'Quý I/2024 kết nạp 150 đoàn viên mới.',
    ]) {
      const [p] = read(text)
      expect(p?.period, text).toBe('part_year')
      expect(codes(p), text).toContain('part_year')
    }
  })
  it('reads several years, and then gives no year', () => {
    for (const text of [
      'Trong nhiệm kỳ 2018-2023 đã kết nạp 15.600 đoàn viên.',
      'Từ năm 2012 đến 2019, huyện đã ký kết 210 bản thỏa ước lao động tập thể.',
      'Qua 5 năm triển khai, các cấp công đoàn đã kết nạp 8.200 đoàn viên.',
    ]) {
      const [p] = read(text)
      expect(p?.period, text).toBe('multi_year')
      expect(p?.year, text).toBeNull()
      expect(codes(p), text).toContain('multi_year')
    }
  })
  it('carries a framing "Nhìn lại nhiệm kỳ …" to the sentences after it', () => {
    const [p] = read(
      'Nhìn lại nhiệm kỳ 2018-2023, công tác phát triển đoàn viên có nhiều kết quả. Đã kết nạp 45.000 đoàn viên.',
      {
        unit: '01',
      },
    )
    expect(p?.period).toBe('multi_year')
  })
  it('treats a cut-off on 31/12 as the whole year', () => {
    expect(read('Tính đến 31/12/2024, toàn huyện có 512 CĐCS.')[0]?.period).toBe('year')
  })
})

describe('unit and year', () => {
  it('takes them from the text when it names them, with a warning when they differ from the request', () => {
    const [p] = read('LĐLĐ quận Cầu Giấy năm 2023 đã ký mới 14 bản TƯLĐTT.', { unit: '006', year: 2024 })
    expect(p).toMatchObject({ unit: '005', year: 2023 })
    expect(codes(p)).toEqual(expect.arrayContaining(['unit_mismatch', 'year_mismatch']))
  })
  it('reads "Ứng Hoà" as "Ứng Hòa" and the city by its federation', () => {
    expect(read('LĐLĐ huyện Ứng Hoà kết nạp 410 đoàn viên trong năm 2023.', { unit: null })[0]?.unit).toBe(
      '281',
    )
    expect(
      read('Năm 2024, LĐLĐ Thành phố Hà Nội đã kết nạp 62.000 đoàn viên.', { unit: null })[0]?.unit,
    ).toBe('01')
  })
  it('never takes a publication date for the data year', () => {
    const [p] = read('(Cập nhật 04/12/2023) LĐLĐ quận Tây Hồ hiện có 210 CĐCS.', { unit: null, year: null })
    expect(p).toMatchObject({ unit: '003', year: null })
    expect(codes(p)).toContain('year_missing')
  })
  it('falls back to the request, and says so when there is none', () => {
    expect(read('Kết nạp 700 đoàn viên mới.', { unit: '017', year: 2022 })[0]).toMatchObject({
      unit: '017',
      year: 2022,
    })
    const [p] = read('Kết nạp 700 đoàn viên mới.', { unit: null, year: null })
    expect(codes(p)).toEqual(expect.arrayContaining(['unit_missing', 'year_missing']))
  })
  it('does not take a partner or another province for the unit', () => {
    expect(
      read('Phối hợp với LĐLĐ quận Hoàn Kiếm, LĐLĐ quận Đống Đa đã kết nạp 300 đoàn viên.')[0]?.unit,
    ).toBe('006')
    const [p] = read('LĐLĐ TP Đà Nẵng đã kết nạp 5.200 đoàn viên trong năm 2024.')
    expect(p?.unit).toBeNull()
    expect(codes(p)).toContain('unit_unknown')
  })
})
