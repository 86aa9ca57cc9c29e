// Who may have report text read for a unit: whoever may enter that unit's figures or set its
// targets (entry/permissions.ts is the one home of that rule): the unit's district officer, city
// staff, admins. Reading writes nothing, but the proposals are for someone who will save them.
import { ROLE_LABELS } from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { mayDo } from '../entry/permissions.ts'
import { forbidden } from '../errors.ts'

/** The unit a request reads for: the one named, or a district officer's own. */
export function extractUnit(user: AuthUser, requested: string | undefined): string | null {
  return requested ?? (user.role === 'district' ? user.unit : null)
}

export function assertMayExtract(user: AuthUser, unit: string | null): void {
  const target = unit ?? ''
  if (mayDo(user, 'editActual', target) || mayDo(user, 'editTarget', target)) return
  if (user.role === 'district') {
    throw forbidden(
      `Tài khoản quận/huyện chỉ được đọc số liệu cho đơn vị mình (${user.unit ?? 'chưa gắn đơn vị'}).`,
    )
  }
  throw forbidden(`Tài khoản "${ROLE_LABELS[user.role]}" không được đọc số liệu từ văn bản báo cáo.`)
}
