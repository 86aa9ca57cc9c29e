// Unit names live in the contracts (unitFullName and friends, one home for server, web and seed).
// This module only keeps the names the pages imported before, so their code still compiles.
import { unitFullName, type Organisation } from '@ldld/db/contracts'

/** "LĐLĐ quận Hai Bà Trưng", "Công đoàn phường Hai Bà Trưng": the unit's full name. */
export function federationName(org: Organisation): string {
  return unitFullName(org)
}

/** Districts first in the GSO order the city uses in its own tables. */
export function districtsOf(orgs: readonly Organisation[]): Organisation[] {
  return orgs.filter((o) => o.kind === 'district').sort((a, b) => a.code.localeCompare(b.code))
}
