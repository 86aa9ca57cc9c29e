// Real figures for 2021 (Hai Bà Trưng), 2023 (the city) and 2024 (Hoàng Mai).
import type { SeedFigure } from './seed-figure.ts'
import { CITY_CODE } from './organisations.ts'

const HAI_BA_TRUNG = '007'
const HOANG_MAI = '008'
const NO_TARGET_NOTE = 'Nguồn không nêu chỉ tiêu.'

const HAI_BA_TRUNG_STOCK_QUOTE =
  'trực tiếp quản lý 380 Công đoàn cơ sở (CĐCS) với tổng số 23.736 công nhân, viên chức, lao động; ' +
  '21.418 đoàn viên'

const HAI_BA_TRUNG_2021: SeedFigure[] = [
  {
    unit: HAI_BA_TRUNG,
    indicator: 'new_unions',
    year: 2021,
    actual: 25,
    target: 25,
    statedPercent: 100,
    quote: 'thành lập mới 25/25 CĐCS (đạt 100%)',
  },
  {
    unit: HAI_BA_TRUNG,
    indicator: 'new_members',
    year: 2021,
    actual: 2352,
    target: 1330,
    // Printed 177%; recomputed 176,8%. Reports round loosely (domain.md §4).
    statedPercent: 177,
    quote: 'phát triển 2.352/1.330 đoàn viên công đoàn (đạt 177% chỉ tiêu giao)',
  },
  {
    unit: HAI_BA_TRUNG,
    indicator: 'cla_signed',
    year: 2021,
    actual: 51,
    target: null,
    quote: 'ký kết 51 Thỏa ước Lao động tập thể',
    note: NO_TARGET_NOTE,
  },
]

// domain.md §5: the stocks are "hiện đang" at the time of writing (early 2022 at the latest).
const HAI_BA_TRUNG_STOCK_TIMING =
  'Số “hiện đang” tại thời điểm viết bài (muộn nhất là đầu năm 2022), ghi vào năm 2021.'

const HAI_BA_TRUNG_STOCKS: SeedFigure[] = [
  { unit: HAI_BA_TRUNG, indicator: 'unions_total', year: 2021, actual: 380, target: null },
  { unit: HAI_BA_TRUNG, indicator: 'members_total', year: 2021, actual: 21418, target: null },
  { unit: HAI_BA_TRUNG, indicator: 'workers_total', year: 2021, actual: 23736, target: null },
].map((f) => ({ ...f, quote: HAI_BA_TRUNG_STOCK_QUOTE, timing: HAI_BA_TRUNG_STOCK_TIMING }))

// The article prints the "10 tỷ" and "1 tỷ 250,3 triệu" paragraph twice, word for word: counted once.
const HAI_BA_TRUNG_WELFARE: SeedFigure[] = [
  {
    unit: HAI_BA_TRUNG,
    indicator: 'welfare_spending',
    year: 2021,
    // 10.000.000.000 + 1.250.300.000 + 535.800.000; "hơn 10 tỷ" is a lower bound, so the sum is too.
    actual: 11_786_100_000,
    actualQualifier: 'at_least',
    target: null,
    quote:
      'hỗ trợ cho 2.703 lượt NLĐ và 30 đơn vị sử dụng lao động gặp khó khăn do ảnh hưởng của đại dịch ' +
      'Covid-19 với số tiền hơn 10 tỷ đồng … tặng nhu yếu phẩm cũng như tiền mặt cho 3.321 đoàn viên, ' +
      'với tổng số tiền 1 tỷ 250,3 triệu đồng … trợ cấp cho 574 đoàn viên, NLĐ và con đoàn viên có ' +
      'hoàn cảnh khó khăn… với tổng số tiền là 535,8 triệu đồng',
    note:
      'Tổng 3 khoản: hơn 10.000.000.000 đ (2.703 lượt NLĐ và 30 đơn vị, chuỗi hoạt động “0 đồng”), ' +
      '1.250.300.000 đ (3.321 đoàn viên), 535.800.000 đ (574 người); khoản đầu là cận dưới nên tổng là ' +
      'cận dưới. Đoạn văn nêu hai khoản đầu được bài báo lặp lại nguyên văn, chỉ tính một lần.',
  },
  {
    unit: HAI_BA_TRUNG,
    indicator: 'welfare_beneficiaries',
    year: 2021,
    // People, not employers: the 30 đơn vị that also received support are left out.
    actual: 2703 + 3321 + 574,
    target: null,
    quote:
      'hỗ trợ cho 2.703 lượt NLĐ … tiền mặt cho 3.321 đoàn viên … trợ cấp cho 574 đoàn viên, NLĐ và ' +
      'con đoàn viên',
    note:
      '2.703 lượt NLĐ + 3.321 đoàn viên + 574 đoàn viên, NLĐ và con đoàn viên = 6.598 lượt (một người ' +
      'có thể nhận nhiều khoản). Không tính 30 đơn vị sử dụng lao động; đoạn lặp lại chỉ tính một lần.',
  },
]

// The Hoàng Mai figures are the "Tin khác" teaser "Quận Hoàng Mai: Thành lập mới 29 Công đoàn cơ sở"
// on the src-000 page, credited to that story (source src-000-hoang-mai), not to the page's main
// article. Targets are worked back from the stated percentages and marked derived.
const HOANG_MAI_2024: SeedFigure[] = [
  {
    unit: HOANG_MAI,
    indicator: 'new_unions',
    year: 2024,
    actual: 29,
    target: 20,
    targetDerived: true,
    statedPercent: 145,
    quote: 'thành lập mới 29 Công đoàn cơ sở (đạt 145% chỉ tiêu giao)',
    note: 'Chỉ tiêu suy ra từ tỷ lệ nguồn nêu: 29 ÷ 145% = 20.',
  },
  {
    unit: HOANG_MAI,
    indicator: 'new_unions_25plus',
    year: 2024,
    actual: 15,
    target: 5,
    targetDerived: true,
    statedPercent: 300,
    quote: '15 Công đoàn cơ sở có từ 25 đoàn viên trở lên (đạt 300% chỉ tiêu)',
    note: 'Chỉ tiêu suy ra từ tỷ lệ nguồn nêu: 15 ÷ 300% = 5.',
  },
  {
    unit: HOANG_MAI,
    indicator: 'new_members',
    year: 2024,
    actual: 4315,
    target: null,
    quote: 'phát triển 4.315 đoàn viên',
    note: NO_TARGET_NOTE,
  },
]

// The city's own totals cover all 45 upper-level unions, so they are not the sum of the 30 districts.
const CITY_SCOPE = 'Số của cả 45 công đoàn cấp trên trực tiếp cơ sở, không chỉ 30 quận, huyện, thị xã.'
const CITY_QUOTE =
  '45 công đoàn cấp trên trực tiếp cơ sở với tổng số 9.360 công đoàn cơ sở và 700.000 đoàn viên'

const CITY_2023_ROWS: SeedFigure[] = [
  { unit: CITY_CODE, indicator: 'unions_total', year: 2023, actual: 9360, target: null, note: CITY_SCOPE },
  {
    unit: CITY_CODE,
    indicator: 'members_total',
    year: 2023,
    // The article prints "700.000 đoàn viên" with no qualifier (domain.md §5): shown as printed.
    actual: 700_000,
    target: null,
    note: CITY_SCOPE,
  },
]
const CITY_2023 = CITY_2023_ROWS.map((f) => ({ ...f, source: 'src-004', quote: CITY_QUOTE }))

export const REAL_FIGURES_2021_2024: readonly SeedFigure[] = [
  ...[...HAI_BA_TRUNG_2021, ...HAI_BA_TRUNG_STOCKS, ...HAI_BA_TRUNG_WELFARE].map((f) => ({
    ...f,
    source: 'src-000',
  })),
  ...HOANG_MAI_2024.map((f) => ({ ...f, source: 'src-000-hoang-mai' })),
  ...CITY_2023,
].map((f) => ({ ...f, illustrative: false }))
