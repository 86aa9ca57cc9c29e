// How big each district federation is, for the illustrative data only. Invented, but shaped by what we
// know: inner urban quận host many enterprises and agencies (more and bigger CĐCS); rural huyện unions
// are mostly schools and commune offices (many small CĐCS, few enterprises). Ba Đình and Hai Bà Trưng
// are then pinned exactly to their real stocks (see illustrative-stocks.ts), so these are starting shapes.

export interface DistrictProfile {
  code: string
  /** CĐCS directly managed at the end of 2016, before anchoring to real figures. */
  unions: number
  /** Members per CĐCS: enterprises and agencies in the centre are larger than rural schools. */
  perUnion: number
  /**
   * Share of CĐCS in non-state enterprises (Hai Bà Trưng: 250 of 380). Drives new unions, recruiting,
   * collective agreements and payroll: that is where organising work happens.
   */
  enterprise: number
}

type Row = readonly [code: string, unions: number, perUnion: number, enterprise: number]

// Sum ≈ 6.100 CĐCS in 2016, ≈ 7.000 in 2023: below the city's 9.360 for all 45 upper-level unions
// (src-004), leaving room for the 15 sector and industrial-zone unions.
const ROWS: readonly Row[] = [
  ['001', 467, 41, 0.55], // Ba Đình: anchored on 2016 (467 CĐCS, 19.037 đoàn viên)
  ['002', 330, 45, 0.6], // Hoàn Kiếm: commerce, banks, central agencies
  ['003', 150, 38, 0.5], // Tây Hồ
  ['004', 250, 48, 0.55], // Long Biên
  ['005', 320, 55, 0.65], // Cầu Giấy: offices, IT firms
  ['006', 380, 50, 0.6], // Đống Đa
  ['007', 340, 56, 0.66], // Hai Bà Trưng: anchored on 2021 (380 / 21.418 / 23.736)
  ['008', 330, 85, 0.6], // Hoàng Mai: populous, recruits 4.315 in 2024
  ['009', 260, 52, 0.6], // Thanh Xuân
  ['016', 170, 40, 0.4], // Sóc Sơn
  ['017', 230, 50, 0.5], // Đông Anh: industry outside the KCN
  ['018', 190, 45, 0.45], // Gia Lâm
  ['019', 290, 60, 0.65], // Nam Từ Liêm: Mỹ Đình offices
  ['020', 160, 42, 0.45], // Thanh Trì
  ['021', 220, 48, 0.55], // Bắc Từ Liêm
  ['250', 150, 42, 0.4], // Mê Linh
  ['268', 280, 50, 0.5], // Hà Đông
  ['269', 130, 35, 0.3], // Sơn Tây
  ['271', 150, 28, 0.2], // Ba Vì
  ['272', 110, 28, 0.2], // Phúc Thọ
  ['273', 105, 32, 0.3], // Đan Phượng
  ['274', 140, 36, 0.4], // Hoài Đức
  ['275', 115, 32, 0.3], // Quốc Oai
  ['276', 130, 36, 0.35], // Thạch Thất
  ['277', 160, 32, 0.3], // Chương Mỹ
  ['278', 115, 30, 0.25], // Thanh Oai
  ['279', 130, 34, 0.35], // Thường Tín
  ['280', 120, 30, 0.25], // Phú Xuyên
  ['281', 115, 28, 0.2], // Ứng Hòa
  ['282', 110, 28, 0.2], // Mỹ Đức
]

export const DISTRICT_PROFILES: readonly DistrictProfile[] = ROWS.map(
  ([code, unions, perUnion, enterprise]) => ({
    code,
    unions,
    perUnion,
    enterprise,
  }),
)

/** Members / workers: enterprises hold more non-members than schools and agencies do. */
export function memberDensity(enterprise: number): number {
  return 0.95 - 0.07 * enterprise
}
