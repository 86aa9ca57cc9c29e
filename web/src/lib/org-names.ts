import type { AdminType, Organisation } from '@ldld/db/contracts'

const ADMIN_TYPE_WORDS: Record<AdminType, string> = {
  quan: 'quận',
  huyen: 'huyện',
  thi_xa: 'thị xã',
  phuong: 'phường',
  xa: 'xã',
}

/** "LĐLĐ quận Hai Bà Trưng", "LĐLĐ thị xã Sơn Tây" (domain.md §2). */
export function federationName(org: Organisation): string {
  if (org.adminType === null) return org.fullName
  return `LĐLĐ ${ADMIN_TYPE_WORDS[org.adminType]} ${org.name}`
}

/** Districts first in the GSO order the city uses in its own tables. */
export function districtsOf(orgs: readonly Organisation[]): Organisation[] {
  return orgs.filter((o) => o.kind === 'district').sort((a, b) => a.code.localeCompare(b.code))
}
