// The city federation and its 30 district federations (domain.md §2). The GSO code is the stable key:
// names are reused by the 2025 wards ("phường Hai Bà Trưng" ≠ "quận Hai Bà Trưng"), codes are not.
import { CITY_CODE, unitFullName, type AdminType, type Organisation } from '@ldld/db/contracts'

/** An organisation as the seed writes it: the API shape plus its place in lists. */
export type OrganisationSeed = Organisation & { sortOrder: number }

export { CITY_CODE }

/** domain.md §2: the list of 30 holds from 2014-04-01, after huyện Từ Liêm was split into Bắc and Nam Từ Liêm. */
export const DISTRICT_VALID_FROM = '2014-04-01'
/** District federations were ended from 30/6/2025 (domain.md §3). */
export const DISTRICT_VALID_TO = '2025-06-30'

export const CITY: OrganisationSeed = {
  code: CITY_CODE,
  name: 'Hà Nội',
  fullName: unitFullName({ name: 'Hà Nội', kind: 'city', adminType: null }),
  kind: 'city',
  adminType: null,
  parentCode: null,
  // The sources give no founding date. 2008-08-01 is when today's Hà Nội (with Hà Tây merged in)
  // began, a documented date earlier than any figure we hold; change it if a founding date turns up.
  validFrom: '2008-08-01',
  validTo: null,
  sortOrder: 0,
}

/** GSO code, name, administrative type, in GSO order (the order of every list and chart). */
const DISTRICT_ROWS: ReadonlyArray<readonly [string, string, AdminType]> = [
  ['001', 'Ba Đình', 'quan'],
  ['002', 'Hoàn Kiếm', 'quan'],
  ['003', 'Tây Hồ', 'quan'],
  ['004', 'Long Biên', 'quan'],
  ['005', 'Cầu Giấy', 'quan'],
  ['006', 'Đống Đa', 'quan'],
  ['007', 'Hai Bà Trưng', 'quan'],
  ['008', 'Hoàng Mai', 'quan'],
  ['009', 'Thanh Xuân', 'quan'],
  ['016', 'Sóc Sơn', 'huyen'],
  ['017', 'Đông Anh', 'huyen'],
  ['018', 'Gia Lâm', 'huyen'],
  ['019', 'Nam Từ Liêm', 'quan'],
  ['020', 'Thanh Trì', 'huyen'],
  ['021', 'Bắc Từ Liêm', 'quan'],
  ['250', 'Mê Linh', 'huyen'],
  ['268', 'Hà Đông', 'quan'],
  ['269', 'Sơn Tây', 'thi_xa'],
  ['271', 'Ba Vì', 'huyen'],
  ['272', 'Phúc Thọ', 'huyen'],
  ['273', 'Đan Phượng', 'huyen'],
  ['274', 'Hoài Đức', 'huyen'],
  ['275', 'Quốc Oai', 'huyen'],
  ['276', 'Thạch Thất', 'huyen'],
  ['277', 'Chương Mỹ', 'huyen'],
  ['278', 'Thanh Oai', 'huyen'],
  ['279', 'Thường Tín', 'huyen'],
  ['280', 'Phú Xuyên', 'huyen'],
  ['281', 'Ứng Hòa', 'huyen'],
  ['282', 'Mỹ Đức', 'huyen'],
]

export const DISTRICTS: readonly OrganisationSeed[] = DISTRICT_ROWS.map(([code, rawName, adminType], i) => {
  // NFC so that a name typed with combining marks (or "Ứng Hoà") still compares equal.
  const name = rawName.normalize('NFC')
  return {
    code,
    name,
    fullName: unitFullName({ name, kind: 'district', adminType }),
    kind: 'district',
    adminType,
    parentCode: CITY_CODE,
    validFrom: DISTRICT_VALID_FROM,
    validTo: DISTRICT_VALID_TO,
    sortOrder: i + 1,
  }
})

export const ORGANISATIONS: readonly OrganisationSeed[] = [CITY, ...DISTRICTS]

export const DISTRICT_CODES: readonly string[] = DISTRICTS.map((d) => d.code)
