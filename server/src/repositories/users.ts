import { and, asc, count, eq, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { Role } from '@ldld/db/contracts'
import { organisations, users } from '@ldld/db/schema'

/** A user as the server works with it: the unit's code beside its row id, never the password hash. */
export interface UserRow {
  id: number
  username: string
  displayName: string
  role: Role
  orgId: number | null
  unit: string | null
  /** The unit's full name ("Công đoàn phường Hai Bà Trưng"), for the role label. */
  unitFullName: string | null
  active: boolean
  mustChangePassword: boolean
  createdAt: string
}

export interface NewUser {
  username: string
  displayName: string
  role: Role
  orgId: number | null
  passwordHash: string
  mustChangePassword: boolean
  createdAt: string
}

export type UserChanges = Partial<
  Pick<NewUser, 'displayName' | 'role' | 'orgId' | 'passwordHash' | 'mustChangePassword'>
> & {
  active?: boolean
}

export const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  orgId: users.orgId,
  unit: organisations.code,
  unitFullName: organisations.fullName,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
}

export function createUserRepository(db: Db) {
  const base = () =>
    db.select(userColumns).from(users).leftJoin(organisations, eq(organisations.id, users.orgId))
  const all = base().orderBy(asc(users.username)).prepare()
  const byId = base()
    .where(eq(users.id, sql.placeholder('id')))
    .prepare()
  const byUsername = db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.username, sql.placeholder('username')))
    .prepare()
  const activeAdmins = db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .prepare()

  return {
    list(): UserRow[] {
      return all.all()
    },
    findById(id: number): UserRow | undefined {
      return byId.get({ id })
    },
    findByIdForLogin(id: number): (UserRow & { passwordHash: string }) | undefined {
      return db
        .select({ ...userColumns, passwordHash: users.passwordHash })
        .from(users)
        .leftJoin(organisations, eq(organisations.id, users.orgId))
        .where(eq(users.id, id))
        .get()
    },
    /** With the password hash: only the sign-in check needs it. */
    findForLogin(username: string): (UserRow & { passwordHash: string }) | undefined {
      return byUsername.get({ username })
    },
    insert(user: NewUser): number {
      const row = db.insert(users).values(user).returning({ id: users.id }).get()
      return row.id
    },
    update(id: number, changes: UserChanges): void {
      if (Object.keys(changes).length > 0) db.update(users).set(changes).where(eq(users.id, id)).run()
    },
    countActiveAdmins(): number {
      return activeAdmins.get()?.n ?? 0
    },
  }
}

export type UserRepository = ReturnType<typeof createUserRepository>
