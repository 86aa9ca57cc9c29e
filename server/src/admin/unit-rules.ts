// Rules every unit obeys, however it arrives (the one-unit form or a file of 126): a period that
// does not end before it starts, a parent unless it is the city, and an administrative type that
// fits its kind, so that its derived name ("LĐLĐ quận …", "Công đoàn phường …") is right.
import { ADMIN_TYPE_WORDS, type AdminType, type OrgKind, type UnitFileColumn } from '@ldld/db/contracts'
import { formatDate } from '@ldld/db/format'

export interface UnitDraft {
  code: string
  name: string
  kind: OrgKind
  adminType: AdminType | null
  parentCode: string | null
  validFrom: string
  validTo: string | null
}

export interface RuleIssue {
  column: UnitFileColumn
  message: string
}

const DISTRICT_TYPES: readonly AdminType[] = ['quan', 'huyen', 'thi_xa']
/** The only type a ward or commune union can have; a blank type is read as this one. */
const IMPLIED_TYPE: Partial<Record<OrgKind, AdminType>> = { ward: 'phuong', commune: 'xa' }

/** A blank type of a ward or commune union is filled in; nothing else is guessed. */
export function withImpliedAdminType<T extends Pick<UnitDraft, 'kind' | 'adminType'>>(unit: T): T {
  return unit.adminType === null ? { ...unit, adminType: IMPLIED_TYPE[unit.kind] ?? null } : unit
}

function adminTypeIssue(kind: OrgKind, adminType: AdminType | null): string | null {
  if (kind === 'district') {
    return adminType !== null && DISTRICT_TYPES.includes(adminType)
      ? null
      : 'LĐLĐ cấp huyện cần cấp hành chính quận, huyện hoặc thị xã.'
  }
  const implied = IMPLIED_TYPE[kind]
  if (implied) {
    const word = ADMIN_TYPE_WORDS[implied]
    return adminType === implied ? null : `Công đoàn ${word} chỉ có cấp hành chính "${word}".`
  }
  return adminType === null ? null : 'Loại đơn vị này không có cấp hành chính; để trống cột này.'
}

/** What is wrong with one unit on its own (references to other units are checked by the caller). */
export function unitRuleIssues(unit: UnitDraft): RuleIssue[] {
  const issues: RuleIssue[] = []
  if (unit.validTo !== null && unit.validTo < unit.validFrom) {
    issues.push({
      column: 'validTo',
      message: `Ngày kết thúc ${formatDate(unit.validTo)} trước ngày bắt đầu ${formatDate(unit.validFrom)}.`,
    })
  }
  if (unit.kind === 'city' && unit.parentCode !== null) {
    issues.push({ column: 'parent', message: 'LĐLĐ thành phố là cấp cao nhất: để trống đơn vị cấp trên.' })
  }
  if (unit.kind !== 'city' && unit.parentCode === null) {
    issues.push({ column: 'parent', message: 'Thiếu mã đơn vị cấp trên.' })
  }
  if (unit.parentCode !== null && unit.parentCode === unit.code) {
    issues.push({ column: 'parent', message: 'Đơn vị không thể là cấp trên của chính mình.' })
  }
  const typeIssue = adminTypeIssue(unit.kind, unit.adminType)
  if (typeIssue) issues.push({ column: 'adminType', message: typeIssue })
  return issues
}
