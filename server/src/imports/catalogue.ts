// What a file's words are matched against: the units (by code, or by name in a year), the
// indicators (by key, name or a heading's words), and how one cell becomes a number.
import {
  existsInYear,
  foldText,
  parseVietnameseNumber,
  unitFullName,
  type Indicator,
  type Qualifier,
} from '@ldld/db/contracts'
import type { SheetCell } from '../files/read-table.ts'
import type { OrganisationRow, Repositories } from '../repositories/index.ts'

export interface Catalogue {
  units: OrganisationRow[]
  byCode: Map<string, OrganisationRow>
  indicators: readonly Indicator[]
  byKey: Map<string, Indicator>
}

export function catalogueOf(repos: Repositories): Catalogue {
  const units = repos.organisations.list().filter((u) => u.kind !== 'city')
  const indicators = repos.indicators.list()
  return {
    units,
    byCode: new Map(units.map((u) => [u.code, u])),
    indicators,
    byKey: new Map(indicators.map((i) => [i.key, i])),
  }
}

/** "Công đoàn phường Hai Bà Trưng (00256)". */
export const unitLabel = (unit: OrganisationRow) => `${unitFullName(unit)} (${unit.code})`

/** Headings the other layouts use for an indicator, beside its names (folded before matching). */
const HEADING_WORDS: Record<string, readonly string[]> = {
  new_unions: [
    'cđcs thành lập mới',
    'thành lập mới cđcs',
    'thành lập cđcs',
    'cđcs mới',
    'công đoàn cơ sở mới',
  ],
  new_unions_25plus: ['cđcs mới từ 25 đoàn viên', 'cđcs từ 25 đv', 'cđcs mới trên 25 đoàn viên'],
  new_members: ['kết nạp đoàn viên', 'kết nạp đoàn viên mới', 'đoàn viên mới', 'phát triển đoàn viên'],
  party_referrals: ['giới thiệu đảng', 'giới thiệu đoàn viên ưu tú cho đảng', 'giới thiệu cho đảng'],
  cla_signed: ['thỏa ước', 'tưlđtt', 'thỏa ước lao động tập thể'],
  union_fee: ['kinh phí công đoàn', 'thu kinh phí', 'kpcđ', 'kinh phí cđ'],
  dues: ['đoàn phí', 'thu đoàn phí'],
  welfare_spending: ['chi chăm lo', 'chăm lo hỗ trợ', 'tiền chăm lo'],
  welfare_beneficiaries: ['lượt được chăm lo', 'lượt người được chăm lo', 'lượt chăm lo'],
  unions_total: ['tổng số cđcs', 'số cđcs', 'cđcs trực tiếp quản lý'],
  members_total: ['tổng số đoàn viên', 'số đoàn viên'],
  workers_total: ['tổng số cnvclđ', 'số cnvclđ', 'cnvclđ'],
}

/** Words a heading may carry that are not the indicator: the field, the year, the unit. */
function headingCore(heading: string): string {
  return heading
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/^\s*(thực hiện|chỉ tiêu giao|chỉ tiêu|kế hoạch|kh|th|số thực hiện)\s*(năm)?\s*[:\-–]?\s*/u, '')
}

/** The indicator a heading names, if one clearly does. */
export function indicatorOfHeading(catalogue: Catalogue, heading: string): string | null {
  const raw = foldText(heading)
  if (catalogue.byKey.has(heading.trim())) return heading.trim()
  const core = foldText(headingCore(heading))
  if (core === '') return null
  let best: { key: string; length: number } | null = null
  for (const ind of catalogue.indicators) {
    const names = [ind.nameVi, ind.shortNameVi, ...(HEADING_WORDS[ind.key] ?? [])].map(foldText)
    for (const name of names) {
      if (name === core || name === raw) return ind.key
      if (name.length >= 5 && core.includes(name) && (!best || name.length > best.length))
        best = { key: ind.key, length: name.length }
    }
  }
  return best?.key ?? null
}

/** Whether a heading is a target column ("Chỉ tiêu giao", "Kế hoạch 2026", "KH"). */
export function isTargetHeading(heading: string): boolean {
  return /^\s*(chỉ tiêu giao|chỉ tiêu|kế hoạch|kh)(?![\p{L}])/iu.test(heading.normalize('NFC'))
}

/** Units a name or code may be in a year: the code first, then the short or full name. */
export function unitsNamed(catalogue: Catalogue, text: string, year: number | null): OrganisationRow[] {
  const trimmed = text.trim()
  const byCode = catalogue.byCode.get(trimmed) ?? catalogue.byCode.get(trimmed.padStart(3, '0'))
  if (byCode) return [byCode]
  const folded = foldText(trimmed)
  if (folded === '') return []
  const named = catalogue.units.filter(
    (u) =>
      foldText(u.name) === folded || foldText(u.fullName) === folded || foldText(unitFullName(u)) === folded,
  )
  if (year === null || named.length <= 1) return named
  const valid = named.filter((u) => existsInYear(u, year))
  return valid.length > 0 ? valid : named
}

export type NumberRead = { ok: true; value: number | null } | { ok: false; message: string }

/** A cell as a whole amount of the indicator's unit, with the entry form's messages. */
export function numberOfCell(cell: SheetCell | undefined, ind: Indicator): NumberRead {
  if (!cell) return { ok: true, value: null }
  if (cell.error !== null) {
    return {
      ok: false,
      message: `ô có lỗi công thức (${cell.error}); hãy sửa trong Excel rồi tải lên lại.`,
    }
  }
  if (cell.number !== null) {
    if (cell.number < 0) return { ok: false, message: 'Không được là số âm.' }
    if (!Number.isInteger(cell.number)) {
      return {
        ok: false,
        message:
          ind.unitKind === 'money'
            ? `Tiền tính bằng đồng, không có phần lẻ (ô ghi ${cell.text}).`
            : `Số ${ind.unitLabel} phải là số nguyên (ô ghi ${cell.text}).`,
      }
    }
    return { ok: true, value: cell.number }
  }
  const read = parseVietnameseNumber(cell.text, ind.unitKind)
  return read.ok ? read : { ok: false, message: read.message }
}

/** The qualifier words of the dashboard's "Ghi chú" column (what a number column cannot say). */
export function qualifierOfNote(note: string | undefined): Qualifier {
  if (!note) return 'exact'
  // The download's exact words for the actual (other notes speak of the change or the target).
  if (note.includes('số thực hiện là cận dưới')) return 'at_least'
  if (note.includes('số thực hiện là cận trên')) return 'at_most'
  if (note.includes('số thực hiện là ước tính')) return 'about'
  return 'exact'
}
