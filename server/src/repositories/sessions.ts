import { and, desc, eq, lt, ne, notInArray, sql } from 'drizzle-orm'
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
    /** Every session of the user but `keep` (a password change ends the others). */
    deleteOthers(userId: number, keep: string): void {
      db.delete(sessions)
        .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)))
        .run()
    },
    /** Keeps the user's `max` newest sessions; older ones are dropped. */
    capForUser(userId: number, max: number): void {
      const newest = db
        .select({ tokenHash: sessions.tokenHash })
        .from(sessions)
        .where(eq(sessions.userId, userId))
        .orderBy(desc(sessions.createdAt), desc(sessions.tokenHash))
        .limit(max)
      db.delete(sessions)
        .where(and(eq(sessions.userId, userId), notInArray(sessions.tokenHash, newest)))
        .run()
    },
    /** Returns how many rows went. */
    deleteExpired(now: string): number {
      return db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes
    },
  }
}

export type SessionRepository = ReturnType<typeof createSessionRepository>
