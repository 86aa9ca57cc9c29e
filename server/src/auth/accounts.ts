// Creating and changing user accounts: shared by the admin API, accounts in bulk, `pnpm user:create`,
// the self-service change and the benchmark, so every password meets the one rule
// (`@ldld/db/password`) and is hashed the same way.
import type {
  createUserBodySchema,
  Role,
  updateUserBodySchema,
  User,
  UserWithPassword,
} from '@ldld/db/contracts'
import { passwordProblem, type PasswordContext } from '@ldld/db/password'
import type { z } from 'zod'
import { HttpError, unprocessable } from '../errors.ts'
import type { Repositories, UserRow } from '../repositories/index.ts'
import { oneTimePassword } from './one-time-password.ts'
import type { PasswordHasher } from './password.ts'

export type CreateUserInput = z.output<typeof createUserBodySchema>
export type UpdateUserInput = z.output<typeof updateUserBodySchema>

export const toUser = ({
  id,
  username,
  displayName,
  role,
  unit,
  active,
  mustChangePassword,
  createdAt,
}: UserRow): User => ({ id, username, displayName, role, unit, active, mustChangePassword, createdAt })

/** 400 naming the field, with the rule's own reason. */
export function assertPasswordRule(password: string, context: PasswordContext, path = 'password'): void {
  const problem = passwordProblem(password, context)
  if (problem) throw new HttpError(400, 'invalid_request', problem, [{ path, message: problem }])
}

/** The row id of a district user's unit; null for other roles. */
export function unitIdFor(repos: Repositories, role: Role, unit: string | null): number | null {
  if (role !== 'district') {
    if (unit !== null)
      throw unprocessable('invalid_unit', 'Chỉ người dùng cấp quận/huyện mới gắn với một đơn vị.', [
        { path: 'unit', message: 'Bỏ trống đơn vị cho vai trò này.' },
      ])
    return null
  }
  const org = unit === null ? undefined : repos.organisations.findByCode(unit)
  if (!org || org.kind === 'city') {
    throw unprocessable('invalid_unit', `Không có đơn vị cấp dưới mã "${unit ?? ''}".`, [
      { path: 'unit', message: 'Chọn một đơn vị cấp dưới của thành phố.' },
    ])
  }
  return org.id
}

export function usernameTaken(username: string): HttpError {
  return new HttpError(409, 'username_taken', `Tên đăng nhập "${username}" đã có người dùng.`)
}

export interface CreateOptions {
  /**
   * The password was typed by the person who will use it (`pnpm user:create` run by the operator for
   * themselves): no change is forced. Accounts an admin creates always get a one-time password.
   */
  chosenByOwner?: boolean
}

/** A new account. Without a password the server makes a one-time one and returns it (once). */
export async function createUser(
  repos: Repositories,
  hasher: PasswordHasher,
  input: CreateUserInput,
  { chosenByOwner = false }: CreateOptions = {},
): Promise<UserWithPassword> {
  const generated = input.password === undefined ? oneTimePassword() : undefined
  const password = input.password ?? generated ?? ''
  if (generated === undefined) assertPasswordRule(password, input)
  const orgId = unitIdFor(repos, input.role, input.unit)
  if (repos.users.findForLogin(input.username)) throw usernameTaken(input.username)
  const passwordHash = await hasher.hash(password)
  const id = repos.write(() => {
    // Checked again inside the transaction: another request may have taken the name while we hashed.
    if (repos.users.findForLogin(input.username)) throw usernameTaken(input.username)
    return repos.users.insert({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      orgId,
      passwordHash,
      mustChangePassword: !chosenByOwner,
      createdAt: new Date().toISOString(),
    })
  })
  const created = repos.users.findById(id)
  if (!created) throw new Error(`user ${id} vanished`)
  return generated === undefined ? toUser(created) : { ...toUser(created), oneTimePassword: generated }
}

function lastAdmin(): HttpError {
  return new HttpError(
    409,
    'last_admin',
    'Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng đang hoạt động.',
  )
}

/**
 * Race-free (issue 7 §26): the password is hashed first, then the user is read, checked and written in
 * one IMMEDIATE transaction, so near-simultaneous edits cannot write back a role or unit they read
 * before another edit committed, and the last-admin rule sees the committed state.
 */
export async function updateUser(
  repos: Repositories,
  hasher: PasswordHasher,
  id: number,
  input: UpdateUserInput,
): Promise<UserWithPassword> {
  const before = repos.users.findById(id)
  if (!before) throw new HttpError(404, 'user_not_found', `Không có người dùng mã ${id}.`)
  const generated = input.resetPassword ? oneTimePassword() : undefined
  const password = input.password ?? generated
  if (input.password !== undefined)
    assertPasswordRule(input.password, {
      username: before.username,
      displayName: input.displayName ?? before.displayName,
    })
  const passwordHash = password === undefined ? undefined : await hasher.hash(password)
  repos.write(() => {
    const user = repos.users.findById(id)
    if (!user) throw new HttpError(404, 'user_not_found', `Không có người dùng mã ${id}.`)
    const role = input.role ?? user.role
    const unit = input.unit !== undefined ? input.unit : role === 'district' ? user.unit : null
    const orgId = unitIdFor(repos, role, unit)
    const losesAdmin = user.role === 'admin' && user.active && (role !== 'admin' || input.active === false)
    if (losesAdmin && repos.users.countActiveAdmins() <= 1) throw lastAdmin()
    repos.users.update(id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(passwordHash !== undefined ? { passwordHash, mustChangePassword: true } : {}),
      role,
      orgId,
    })
    // A deactivated account or a changed password must not stay signed in anywhere (an admin who
    // changes their own password signs in again too).
    if (input.active === false || passwordHash !== undefined) repos.sessions.deleteForUser(id)
  })
  const updated = repos.users.findById(id)
  if (!updated) throw new Error(`user ${id} vanished`)
  return generated === undefined ? toUser(updated) : { ...toUser(updated), oneTimePassword: generated }
}
