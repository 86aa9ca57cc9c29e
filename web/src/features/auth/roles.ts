import type { Role } from '@ldld/db/contracts'

/** Where a user of each role does their work; used for the header's links and the route guard. */
export const CAN_ENTER: readonly Role[] = ['admin', 'city', 'district']
export const CAN_REVIEW: readonly Role[] = ['admin', 'city']
export const CAN_ADMINISTER: readonly Role[] = ['admin']

/** Only a path of this app: never "//evil.example" or an absolute URL after signing in. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  return next
}
