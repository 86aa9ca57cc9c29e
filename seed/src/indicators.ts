// The 12 canonical indicators of domain.md §4. They are rows, not an enum: an administrator adds to
// the list when the city's chỉ tiêu change (as in 2024, when new_unions_25plus appeared).
import type { Indicator } from '@ldld/db/contracts'

type IndicatorRow = Omit<
  Indicator,
  'higherIsBetter' | 'headline' | 'firstYear' | 'lastYear' | 'sortOrder'
> & {
  firstYear?: number
}

const ROWS: readonly IndicatorRow[] = [
  {
    key: 'new_unions',
    nameVi: 'Thành lập mới công đoàn cơ sở',
    shortNameVi: 'CĐCS thành lập mới',
    nameEn: 'New grassroots unions',
    unitKind: 'count',
    unitLabel: 'CĐCS',
    measure: 'flow',
    takesTarget: true,
  },
  {
    key: 'new_unions_25plus',
    nameVi: 'CĐCS thành lập mới có từ 25 đoàn viên trở lên',
    shortNameVi: 'CĐCS mới từ 25 đoàn viên',
    nameEn: 'New unions with ≥ 25 members',
    unitKind: 'count',
    unitLabel: 'CĐCS',
    measure: 'flow',
    takesTarget: true,
    // Hanoi added this chỉ tiêu in 2024; earlier years have no such figure, not a zero.
    firstYear: 2024,
  },
  {
    key: 'new_members',
    nameVi: 'Phát triển (kết nạp) đoàn viên mới',
    shortNameVi: 'Đoàn viên kết nạp mới',
    nameEn: 'Members recruited',
    unitKind: 'count',
    unitLabel: 'đoàn viên',
    measure: 'flow',
    takesTarget: true,
  },
  {
    key: 'party_referrals',
    nameVi: 'Giới thiệu đoàn viên ưu tú cho Đảng',
    shortNameVi: 'Giới thiệu cho Đảng',
    nameEn: 'Members introduced to the Party',
    unitKind: 'count',
    unitLabel: 'người',
    measure: 'flow',
    takesTarget: true,
  },
  {
    key: 'cla_signed',
    nameVi: 'Thỏa ước lao động tập thể ký mới',
    shortNameVi: 'Thỏa ước ký mới',
    nameEn: 'Collective labour agreements signed',
    unitKind: 'count',
    unitLabel: 'bản',
    measure: 'flow',
    takesTarget: true,
  },
  {
    key: 'union_fee',
    nameVi: 'Thu kinh phí công đoàn (2% quỹ lương)',
    shortNameVi: 'Thu kinh phí CĐ',
    nameEn: 'Union fee collected',
    unitKind: 'money',
    unitLabel: 'đồng',
    measure: 'flow',
    // The target is the dự toán (budget) the city assigns.
    takesTarget: true,
  },
  {
    key: 'dues',
    nameVi: 'Thu đoàn phí công đoàn',
    shortNameVi: 'Thu đoàn phí',
    nameEn: 'Member dues collected',
    unitKind: 'money',
    unitLabel: 'đồng',
    measure: 'flow',
    takesTarget: true,
  },
  {
    key: 'welfare_spending',
    nameVi: 'Chi chăm lo, hỗ trợ đoàn viên, NLĐ',
    shortNameVi: 'Chi chăm lo',
    nameEn: 'Welfare and support spending',
    unitKind: 'money',
    unitLabel: 'đồng',
    measure: 'flow',
    takesTarget: false,
  },
  {
    key: 'welfare_beneficiaries',
    nameVi: 'Lượt đoàn viên, NLĐ được chăm lo, hỗ trợ',
    shortNameVi: 'Lượt được chăm lo',
    nameEn: 'Welfare beneficiaries',
    unitKind: 'count',
    unitLabel: 'lượt người',
    measure: 'flow',
    takesTarget: false,
  },
  {
    key: 'unions_total',
    nameVi: 'Số CĐCS trực tiếp quản lý',
    shortNameVi: 'Số CĐCS',
    nameEn: 'Grassroots unions managed',
    unitKind: 'count',
    unitLabel: 'CĐCS',
    measure: 'stock',
    takesTarget: false,
  },
  {
    key: 'members_total',
    nameVi: 'Tổng số đoàn viên',
    shortNameVi: 'Số đoàn viên',
    nameEn: 'Union members',
    unitKind: 'count',
    unitLabel: 'đoàn viên',
    measure: 'stock',
    takesTarget: false,
  },
  {
    key: 'workers_total',
    nameVi: 'Tổng số CNVCLĐ',
    shortNameVi: 'Số CNVCLĐ',
    nameEn: 'Workers covered',
    unitKind: 'count',
    unitLabel: 'người',
    measure: 'stock',
    takesTarget: false,
  },
]

/** The three figures a year-end conference opens with: organising, recruiting, caring. */
const HEADLINE = new Set(['new_unions', 'new_members', 'welfare_spending'])

export const INDICATORS: readonly Indicator[] = ROWS.map((row, i) => ({
  ...row,
  nameVi: row.nameVi.normalize('NFC'),
  shortNameVi: row.shortNameVi.normalize('NFC'),
  // Every indicator here counts something a federation wants more of.
  higherIsBetter: true,
  headline: HEADLINE.has(row.key),
  firstYear: row.firstYear ?? null,
  lastYear: null,
  sortOrder: i + 1,
}))

export const INDICATOR_BY_KEY: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.key, i]))
