// The Vietnamese explanation of each warning, written for the officer reviewing the proposals.
import type { ExtractWarning } from '@ldld/db/contracts'
import { formatAmount, formatNumber, formatPercent } from '@ldld/db/format'

export const formatValue = (value: number, money: boolean) => formatAmount(value, money ? 'money' : 'count')

export const warn = {
  percentMismatch: (stated: number, actual: number, target: number, computed: number): ExtractWarning => ({
    code: 'percent_mismatch',
    message: `Tỷ lệ văn bản nêu (${formatPercent(stated)}) khác tỷ lệ tính từ ${formatNumber(actual)}/${formatNumber(target)} (${formatPercent(computed)}). Kiểm tra lại số thực hiện và chỉ tiêu.`,
  }),
  percentOnly: (stated: number): ExtractWarning => ({
    code: 'percent_only',
    message: `Văn bản chỉ nêu tỷ lệ đạt ${formatPercent(stated)}, không nêu số thực hiện và chỉ tiêu.`,
  }),
  percentAmbiguous: (printed: number): ExtractWarning => ({
    code: 'percent_ambiguous',
    message: `“vượt ${formatPercent(printed)}” có thể là đạt ${formatPercent(printed)} hoặc vượt thêm ${formatPercent(printed)} (đạt ${formatPercent(printed + 100)}); chưa lấy tỷ lệ này.`,
  }),
  exceededBy: (printed: number): ExtractWarning => ({
    code: 'percent_ambiguous',
    message: `Đọc “vượt ${formatPercent(printed)}” là vượt thêm ${formatPercent(printed)}, tức đạt ${formatPercent(printed + 100)}.`,
  }),
  targetDerived: (target: number, actual: number, percent: number): ExtractWarning => ({
    code: 'target_derived',
    message: `Chỉ tiêu ${formatNumber(target)} được suy ra từ tỷ lệ ${formatPercent(percent)} (${formatNumber(actual)} ÷ ${formatPercent(percent)}); văn bản không ghi số chỉ tiêu.`,
  }),
  partYear: (words: string | null): ExtractWarning => ({
    code: 'part_year',
    message: `Số tính đến một thời điểm trong năm${words ? ` (“${words}”)` : ''}, chưa phải số cả năm.`,
  }),
  multiYear: (words: string | null): ExtractWarning => ({
    code: 'multi_year',
    message: `Số của nhiều năm${words ? ` (“${words}”)` : ''}: không dùng làm số của một năm.`,
  }),
  implausible: (value: string, indicator: string, city: boolean): ExtractWarning => ({
    code: 'implausible',
    message: `${value} là bất thường cho “${indicator}” của ${city ? 'cả thành phố' : 'một đơn vị'} trong một năm; kiểm tra lại văn bản.`,
  }),
  yearMismatch: (year: number, requested: number): ExtractWarning => ({
    code: 'year_mismatch',
    message: `Văn bản nêu năm ${year}, khác năm đang nhập (${requested}).`,
  }),
  yearMissing: (): ExtractWarning => ({
    code: 'year_missing',
    message: 'Văn bản không nêu năm của số này; hãy chọn năm.',
  }),
  unitMismatch: (mention: string): ExtractWarning => ({
    code: 'unit_mismatch',
    message: `Văn bản nói về ${mention}, khác đơn vị đang nhập.`,
  }),
  unitMissing: (): ExtractWarning => ({
    code: 'unit_missing',
    message: 'Không rõ số này của đơn vị nào; hãy chọn đơn vị.',
  }),
  unitUnknown: (mention: string): ExtractWarning => ({
    code: 'unit_unknown',
    message: `Văn bản nói về “${mention}”, không có trong danh sách đơn vị.`,
  }),
  welfarePart: (count: number): ExtractWarning => ({
    code: 'welfare_part',
    message: `Một trong ${count} khoản chi chăm lo của đơn vị trong năm; số của năm là tổng các khoản được chấp nhận.`,
  }),
  notInYear: (indicator: string, year: number): ExtractWarning => ({
    code: 'indicator_not_in_year',
    message: `Chỉ tiêu “${indicator}” không có trong danh mục năm ${year}.`,
  }),
}
