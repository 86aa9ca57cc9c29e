// Real figures for 2016 (Ba Đình, src-001) and 2020 (Thanh Trì, src-002; Nam Từ Liêm, src-003).
import type { SeedFigure } from './seed-figure.ts'

const BA_DINH = '001'
const THANH_TRI = '020'
const NAM_TU_LIEM = '019'

// domain.md §5: the interview was given "hơn một tháng nữa mới sang năm mới 2017", so Ba Đình's 2016
// flows are counts to about late November, not the whole year.
const BA_DINH_FLOW_TIMING =
  'Số đến khoảng cuối tháng 11/2016 (bài viết khi “hơn một tháng nữa mới sang năm mới 2017”), chưa phải số cả năm.'
const BA_DINH_PART_YEAR = { period: 'part_year', timing: BA_DINH_FLOW_TIMING } as const

const BA_DINH_NEW: SeedFigure[] = [
  {
    unit: BA_DINH,
    indicator: 'new_unions',
    year: 2016,
    actual: 33,
    target: 25,
    statedPercent: 132,
    source: 'src-001',
    quote: 'thành lập được 33/25 CĐCS (vượt chỉ tiêu cấp trên giao 132%)',
    ...BA_DINH_PART_YEAR,
  },
  {
    unit: BA_DINH,
    indicator: 'new_members',
    year: 2016,
    actual: 2985,
    target: 2500,
    statedPercent: 119,
    source: 'src-001',
    quote: 'kết nạp được 2.985/2500 đoàn viên(đạt 119% so với chỉ tiêu TP giao)',
    ...BA_DINH_PART_YEAR,
  },
]

const BA_DINH_STOCK_QUOTE = 'quản lý trực tiếp 467 CĐCS với 19.037 đoàn viên'
const BA_DINH_STOCK_NOTE = 'Số tại thời điểm viết bài, cuối năm 2016 (“Tính tới thời điểm này”).'
const BA_DINH_FEE_QUOTE = 'thu kinh phí CĐ đạt 148%, đoàn phí CĐ đạt 220%'

const BA_DINH_STOCKS: SeedFigure[] = [
  { unit: BA_DINH, indicator: 'unions_total', year: 2016, actual: 467, target: null },
  { unit: BA_DINH, indicator: 'members_total', year: 2016, actual: 19037, target: null },
].map((f) => ({
  ...f,
  source: 'src-001',
  quote: BA_DINH_STOCK_QUOTE,
  note: BA_DINH_STOCK_NOTE,
  timing: 'Số tại thời điểm viết bài, khoảng cuối tháng 11/2016.',
}))

const BA_DINH_FEES: SeedFigure[] = [
  {
    unit: BA_DINH,
    indicator: 'union_fee',
    year: 2016,
    // The article states only the percentage of the dự toán, not the amounts.
    actual: null,
    target: null,
    statedPercent: 148,
    source: 'src-001',
    quote: BA_DINH_FEE_QUOTE,
    ...BA_DINH_PART_YEAR,
    // The fee from units without a union is a sub-item of union_fee, not an indicator of its own:
    // kept word for word, with the printed slip ("7.261.045351đ") read as 7.261.045.351 đ.
    note:
      'Nguồn chỉ nêu tỷ lệ so với dự toán, không nêu số tiền; nộp về Thành phố đạt 123,5%. ' +
      'Riêng thu kinh phí từ 127 đơn vị, doanh nghiệp chưa có tổ chức công đoàn: ' +
      '“7.261.045351đ/2.900.000.000đ đạt 250%” (bản gốc in lỗi dấu chấm; hiểu là 7.261.045.351 đ ' +
      'trên chỉ tiêu 2.900.000.000 đ). Ngoài ra truy thu được hơn 85 triệu đồng.',
  },
  {
    unit: BA_DINH,
    indicator: 'dues',
    year: 2016,
    actual: null,
    target: null,
    statedPercent: 220,
    source: 'src-001',
    quote: BA_DINH_FEE_QUOTE,
    ...BA_DINH_PART_YEAR,
    note: 'Nguồn chỉ nêu tỷ lệ so với dự toán, không nêu số tiền.',
  },
]

const THANH_TRI_2020: SeedFigure[] = [
  {
    unit: THANH_TRI,
    indicator: 'new_unions',
    year: 2020,
    actual: 11,
    target: 12,
    statedPercent: 91.66,
    source: 'src-002',
    quote: 'thành lập được 11/12 công đoàn cơ sở, đạt 91,66% kế hoạch',
  },
  {
    unit: THANH_TRI,
    indicator: 'new_members',
    year: 2020,
    actual: 676,
    target: 650,
    statedPercent: 104,
    source: 'src-002',
    quote: 'kết nạp 676/650 đoàn viên, đạt 104% kế hoạch',
  },
  {
    unit: THANH_TRI,
    indicator: 'welfare_spending',
    year: 2020,
    // 82.500.000 + 59.400.000 + 1.800.000.000; "hơn 1,8 tỷ" is a lower bound, so the sum is one too.
    actual: 1_941_900_000,
    actualQualifier: 'at_least',
    target: null,
    source: 'src-002',
    quote:
      'tặng 183 xuất quà trị giá 82,5 triệu đồng … tặng 297 vé xe trị giá 59,4 triệu đồng … ' +
      'Người lao động nhận được quà tết của các công đoàn cơ sở với số tiền hơn 1,8 tỷ đồng',
    note:
      'Tổng 3 khoản: 183 suất quà Tết 82.500.000 đ, 297 vé xe 59.400.000 đ, quà Tết của các CĐCS ' +
      'hơn 1.800.000.000 đ; khoản cuối là cận dưới nên tổng là cận dưới. Các hoạt động chăm lo trong ' +
      'dịch Covid-19 không được nêu số tiền nên không tính.',
  },
  {
    unit: THANH_TRI,
    indicator: 'welfare_beneficiaries',
    year: 2020,
    // 183 gift packages + 297 bus tickets; the 1,8 tỷ of gifts names no head count: a lower bound.
    actual: 480,
    actualQualifier: 'at_least',
    target: null,
    source: 'src-002',
    quote: 'tặng 183 xuất quà trị giá 82,5 triệu đồng … tặng 297 vé xe trị giá 59,4 triệu đồng',
    note:
      '183 suất quà + 297 vé xe = 480 lượt. Khoản quà Tết hơn 1,8 tỷ đồng của các CĐCS không nêu ' +
      'số người nhận, nên đây là cận dưới.',
  },
]

const NAM_TU_LIEM_QUOTE =
  'hỗ trợ 5.936 công nhân lao động có hoàn cảnh khó khăn bị ảnh hưởng bởi dịch bệnh với tổng số ' +
  'tiền hỗ trợ là 3 tỷ 521,45 triệu đồng'
// domain.md §5: loans, landlords' rent cuts and partners' discounts are not union spending.
const NAM_TU_LIEM_EXCLUDED =
  'Không tính: vay Quỹ trợ vốn CNVCLĐ nghèo (690 triệu đồng, 23 người), chủ trọ miễn, giảm tiền ' +
  'trọ (621 triệu đồng, 518 người), ưu đãi của đối tác trong “Chương trình lợi ích cho đoàn viên” ' +
  '(trên 1,3 tỷ đồng, 16.347 người): đó không phải khoản chi của công đoàn.'

const NAM_TU_LIEM_2020: SeedFigure[] = [
  { unit: NAM_TU_LIEM, indicator: 'welfare_spending', year: 2020, actual: 3_521_450_000, target: null },
  { unit: NAM_TU_LIEM, indicator: 'welfare_beneficiaries', year: 2020, actual: 5936, target: null },
].map((f) => ({ ...f, source: 'src-003', quote: NAM_TU_LIEM_QUOTE, note: NAM_TU_LIEM_EXCLUDED }))

export const REAL_FIGURES_2016_2020: readonly SeedFigure[] = [
  ...BA_DINH_NEW,
  ...BA_DINH_STOCKS,
  ...BA_DINH_FEES,
  ...THANH_TRI_2020,
  ...NAM_TU_LIEM_2020,
].map((f) => ({ ...f, illustrative: false }))
