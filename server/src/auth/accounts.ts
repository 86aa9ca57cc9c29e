// Creating and changing user accounts: shared by the admin API, `pnpm user:create`, the demo
// database and the benchmark, so every account is validated and hashed the same way.
import type { createUserBodySchema, Role, updateUserBodySchema, User } from '@ldld/db/contracts'
import type { z } from 'zod'
import { HttpError, unprocessable } from '../errors.ts'
import type { Repositories, UserRow } from '../repositories/index.ts'
import type { PasswordHasher } from './password.ts'

export type CreateUserInput = z.output<typeof createUserBodySchema>
export type UpdateUserInput = z.output<typeof updateUserBodySchema>

export const toUser = ({ id, username, displayName, role, unit, active, createdAt }: UserRow): User => ({
  id,
  username,
  displayName,
  role,
  unit,
  active,
  createdAt,
})

/** The row id of a district user's unit; null for other roles. */
function unitIdFor(repos: Repositories, role: Role, unit: string | null): number | null {
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

function usernameTaken(username: string): HttpError {
  return new HttpError(409, 'username_taken', `Tên đăng nhập "${username}" đã có người dùng.`)
}

export async function createUser(
  repos: Repositories,
  hasher: PasswordHasher,
  input: CreateUserInput,
): Promise<User> {
  const orgId = unitIdFor(repos, input.role, input.unit)
  if (repos.users.findForLogin(input.username)) throw usernameTaken(input.username)
  const passwordHash = await hasher.hash(input.password)
  const id = repos.write(() => {
    // Checked again inside the transaction: another request may have taken the name while we hashed.
    if (repos.users.findForLogin(input.username)) throw usernameTaken(input.username)
    return repos.users.insert({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      orgId,
      passwordHash,
      createdAt: new Date().toISOString(),
    })
  })
  const created = repos.users.findById(id)
  if (!created) throw new Error(`user ${id} vanished`)
  return toUser(created)
}

export async function updateUser(
  repos: Repositories,
  hasher: PasswordHasher,
  id: number,
  input: UpdateUserInput,
): Promise<User> {
  const user = repos.users.findById(id)
  if (!user) throw new HttpError(404, 'user_not_found', `Không có người dùng mã ${id}.`)
  const role = input.role ?? user.role
  const unit = input.unit !== undefined ? input.unit : role === 'district' ? user.unit : null
  const orgId = unitIdFor(repos, role, unit)
  const passwordHash = input.password === undefined ? undefined : await hasher.hash(input.password)
  repos.write(() => {
    const losesAdmin = user.role === 'admin' && user.active && (role !== 'admin' || input.active === false)
    if (losesAdmin && repos.users.countActiveAdmins() <= 1) {
      throw new HttpError(
        409,
        'last_admin',
        'Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng đang hoạt động.',
      )
    }
    repos.users.update(id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
      role,
      orgId,
    })
    // A deactivated account or a changed password must not stay signed in anywhere (an admin who
    // changes their own password signs in again too).
    if (input.active === false || passwordHash !== undefined) repos.sessions.deleteForUser(id)
  })
  const updated = repos.users.findById(id)
  if (!updated) throw new Error(`user ${id} vanished`)
  return toUser(updated)
}
