import { eq, lt, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import { organisations, sessions, users } from '@ldld/db/schema'
import { userColumns, type UserRow } from './users.ts'

export interface SessionRow {
  tokenHash: string
  userId: number
  csrfToken: string
  createdAt: string
  expiresAt: string
}

export function createSessionRepository(db: Db) {
  const withUser = db
    .select({
      ...userColumns,
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      sessionCreatedAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare()
  const touch = db
    .update(sessions)
    .set({ expiresAt: sql`${sql.placeholder('expiresAt')}` })
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare()
  const remove = db
    .delete(sessions)
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare()

  return {
    insert(row: SessionRow): void {
      db.insert(sessions).values(row).run()
    },
    /** The session and its user (read on every signed-in request: one indexed lookup). */
    find(tokenHash: string): (SessionRow & { user: UserRow }) | undefined {
      const row = withUser.get({ tokenHash })
      if (!row) return undefined
      const { tokenHash: hash, csrfToken, sessionCreatedAt, expiresAt, ...user } = row
      return { tokenHash: hash, userId: user.id, csrfToken, createdAt: sessionCreatedAt, expiresAt, user }
    },
    touch(tokenHash: string, expiresAt: string): void {
      touch.run({ tokenHash, expiresAt })
    },
    delete(tokenHash: string): void {
      remove.run({ tokenHash })
    },
    deleteForUser(userId: number): void {
      db.delete(sessions).where(eq(sessions.userId, userId)).run()
    },
    deleteExpired(now: string): void {
      db.delete(sessions).where(lt(sessions.expiresAt, now)).run()
    },
  }
}

export type SessionRepository = ReturnType<typeof createSessionRepository>
