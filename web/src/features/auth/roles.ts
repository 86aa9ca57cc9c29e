import { rolesAllowed, scopeOf, type Role, type SessionUser } from '@ldld/db/contracts'

/** Route guards, read from the one permission table (PERMISSIONS in the contracts). */
export const CAN_REVIEW: readonly Role[] = rolesAllowed('accept')
export const CAN_SET_TARGETS: readonly Role[] = rolesAllowed('saveTargets')
export const CAN_ADMINISTER: readonly Role[] = rolesAllowed('manageUsers')
export const CAN_READ_REPORT_TEXT: readonly Role[] = rolesAllowed('readReportText')
/** Figures from a spreadsheet: whoever enters a unit's actuals or sets its targets. */
export const CAN_IMPORT: readonly Role[] = [
  ...new Set([...rolesAllowed('editActual'), ...rolesAllowed('editTarget')]),
]

/** The header's links for a user, from the same table: where each role does its work. */
export function workOf(user: Pick<SessionUser, 'role' | 'unit'>) {
  return {
    /** Enters its own unit's figures (a district officer). */
    entersOwnUnit: scopeOf(user.role, 'editActual') === 'own' && user.unit !== null,
    /** Reviews every unit's reports. */
    reviews: scopeOf(user.role, 'accept') === 'all',
    setsTargets: scopeOf(user.role, 'saveTargets') === 'all',
    administers: scopeOf(user.role, 'manageUsers') === 'all',
    /** Reads report text into proposals (its own unit, or any). */
    readsReportText: scopeOf(user.role, 'readReportText') !== 'none',
    /** Loads figures or targets from a spreadsheet ("Nhập từ Excel"). */
    imports: scopeOf(user.role, 'editActual') !== 'none' || scopeOf(user.role, 'editTarget') !== 'none',
  }
}

// Control characters (a tab or line break is dropped by the browser, turning "/\t/evil.example" into
// "//evil.example") and backslashes (read as "/" by browsers) never make it into a path we follow.
const UNSAFE = /[\p{Cc}\p{Cf}\\]/u

/** Only a path of this app: never "//evil.example", an absolute URL, or one with hidden characters. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || UNSAFE.test(next)) return '/'
  try {
    const base = 'http://app.invalid'
    const url = new URL(next, base)
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/'
  } catch {
    return '/'
  }
}
