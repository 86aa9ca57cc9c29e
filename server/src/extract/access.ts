// Who may have report text read for a unit: the permission table's `readReportText` (the unit's
// district officer, city staff, admins). Reading writes nothing, but the proposals are for someone
// who will save them.
import type { AuthUser } from '../auth/service.ts'
import { assertMay } from '../auth/access.ts'

/** The unit a request reads for: the one named, or a district officer's own. */
export function extractUnit(user: AuthUser, requested: string | undefined): string | null {
  return requested ?? (user.role === 'district' ? user.unit : null)
}

export function assertMayExtract(user: AuthUser, unit: string | null): void {
  // A district officer names no other unit; city staff and admins may read text for no unit yet.
  assertMay(user, 'readReportText', unit ?? (user.role === 'district' ? '' : undefined))
}
