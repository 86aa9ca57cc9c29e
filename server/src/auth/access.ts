// The server's side of the permission table (`PERMISSIONS` in the contracts): the one 403 message of
// a refused action, for the auth hook and for the entry services' per-field checks alike.
import { PERMISSIONS, may, roleLabel, type Action } from '@ldld/db/contracts'
import { forbidden, type HttpError } from '../errors.ts'
import type { AuthUser } from './service.ts'

export function forbiddenAction(user: AuthUser, action: Action): HttpError {
  const { words, perUnit, scope } = PERMISSIONS[action]
  const role = roleLabel(user.role, user.unitFullName === null ? null : { fullName: user.unitFullName })
  if (perUnit && scope[user.role] === 'own')
    return forbidden(
      `Tài khoản "${role}" chỉ được ${words} của đơn vị mình (${user.unit ?? 'chưa gắn đơn vị'}).`,
    )
  return forbidden(`Tài khoản "${role}" không được ${words}.`)
}

/** Throws the 403 unless the table allows `action` (on `unit`, for per-unit actions). */
export function assertMay(user: AuthUser, action: Action, unit?: string): void {
  if (!may(user, action, unit)) throw forbiddenAction(user, action)
}
