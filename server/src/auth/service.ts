// Sign-in, session lookup and sign-out. Sessions live in SQLite (a restart keeps people signed in);
// the throttle lives in memory. Sessions expire after 2 h idle or 12 h; at most 10 per account.
import type { Role, SessionUser } from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import type { Repositories, UserRow } from '../repositories/index.ts'
import type { PasswordHasher } from './password.ts'
import { busyAddress, tooManyAttempts } from './sign-in-errors.ts'
import type { LoginThrottle } from './throttle.ts'
import { newToken, SESSION_ABSOLUTE_MS, SESSION_TOUCH_MS, slidingExpiry, tokenHash } from './tokens.ts'

export interface AuthUser {
  id: number
  username: string
  displayName: string
  role: Role
  /** The unit a district user is bound to (code and row id); null for other roles. */
  unit: string | null
  orgId: number | null
  /** The unit's full name, so a 403 names the officer's role as "Cán bộ công đoàn phường …". */
  unitFullName: string | null
  mustChangePassword: boolean
}

export interface Session {
  tokenHash: string
  csrfToken: string
  user: AuthUser
}

export const toAuthUser = ({
  id,
  username,
  displayName,
  role,
  unit,
  orgId,
  unitFullName,
  mustChangePassword,
}: UserRow): AuthUser => ({ id, username, displayName, role, unit, orgId, unitFullName, mustChangePassword })

export const toSessionUser = ({
  username,
  displayName,
  role,
  unit,
  mustChangePassword,
}: AuthUser): SessionUser => ({ username, displayName, role, unit, mustChangePassword })

const INVALID = 'Sai tên đăng nhập hoặc mật khẩu.'
/** Sessions one account may hold at once (browsers, phones); the oldest is dropped beyond that. */
export const MAX_SESSIONS_PER_USER = 10

export interface AuthServiceOptions {
  repos: Repositories
  hasher: PasswordHasher
  throttle: LoginThrottle
  now?: () => Date
}

export function createAuthService({ repos, hasher, throttle, now = () => new Date() }: AuthServiceOptions) {
  /** Counted before the hash is checked (issue 7 §24): requests in flight cannot pass the limit. */
  async function checkPassword(username: string, password: string, address: string): Promise<UserRow> {
    const attempt = throttle.attempt(username, address)
    if (!attempt.allowed) throw attempt.busy ? busyAddress() : tooManyAttempts(attempt.retryAfter)
    const user = repos.users.findForLogin(username)
    let ok: boolean
    try {
      // An unknown or deactivated account costs the same hashing time as a wrong password.
      ok = user?.active
        ? await hasher.verify(user.passwordHash, password)
        : await hasher.verifyNothing(password)
    } catch (error) {
      throttle.released(attempt.ticket)
      throw error
    }
    if (!ok || !user) {
      throttle.failed(attempt.ticket)
      throw new HttpError(401, 'invalid_credentials', INVALID)
    }
    throttle.succeeded(attempt.ticket)
    return user
  }

  function openSession(user: UserRow): { token: string; session: Session } {
    const token = newToken()
    const at = now()
    const session: Session = { tokenHash: tokenHash(token), csrfToken: newToken(), user: toAuthUser(user) }
    repos.sessions.deleteExpired(at.toISOString())
    repos.sessions.insert({
      tokenHash: session.tokenHash,
      userId: user.id,
      csrfToken: session.csrfToken,
      createdAt: at.toISOString(),
      expiresAt: slidingExpiry(at, at).toISOString(),
    })
    repos.sessions.capForUser(user.id, MAX_SESSIONS_PER_USER)
    return { token, session }
  }

  return {
    /** Checks the password and opens a session; returns the cookie token (shown once, stored hashed). */
    async login(
      username: string,
      password: string,
      address: string,
    ): Promise<{ token: string; session: Session }> {
      const user = await checkPassword(username, password, address)
      return openSession(user)
    },

    /**
     * The signed-in user's own change: the current password is checked like a sign-in (same throttle),
     * the new one is hashed first, then stored with every other session of the user ended, in one
     * transaction. Returns a fresh session for this browser (the old token is dropped too).
     */
    async changePassword(
      session: Session,
      currentPassword: string,
      newPasswordHash: () => Promise<string>,
      address: string,
    ): Promise<{ token: string; session: Session }> {
      const user = await checkPassword(session.user.username, currentPassword, address).catch(
        (error: unknown) => {
          if (error instanceof HttpError && error.code === 'invalid_credentials')
            throw new HttpError(400, 'invalid_request', 'Mật khẩu hiện tại không đúng.', [
              { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
            ])
          throw error
        },
      )
      const passwordHash = await newPasswordHash()
      return repos.write(() => {
        repos.users.update(user.id, { passwordHash, mustChangePassword: false })
        repos.sessions.deleteForUser(user.id)
        const fresh = repos.users.findById(user.id)
        if (!fresh) throw new Error(`user ${user.id} vanished`)
        return openSession(fresh)
      })
    },

    /** The session behind a cookie token, sliding its idle expiry; null if unknown, expired or deactivated. */
    resolve(token: string | undefined): Session | null {
      if (!token) return null
      const hash = tokenHash(token)
      const row = repos.sessions.find(hash)
      if (!row) return null
      const at = now()
      const created = new Date(row.createdAt)
      const expired =
        Date.parse(row.expiresAt) <= at.getTime() || created.getTime() + SESSION_ABSOLUTE_MS <= at.getTime()
      if (expired || !row.user.active) {
        repos.sessions.delete(hash)
        return null
      }
      const next = slidingExpiry(created, at)
      if (next.getTime() - Date.parse(row.expiresAt) >= SESSION_TOUCH_MS)
        repos.sessions.touch(hash, next.toISOString())
      return { tokenHash: hash, csrfToken: row.csrfToken, user: toAuthUser(row.user) }
    },

    logout(session: Session): void {
      repos.sessions.delete(session.tokenHash)
    },

    /** Deletes expired sessions (also run every few minutes by the auth plugin). */
    sweep(): number {
      return repos.sessions.deleteExpired(now().toISOString())
    },
  }
}

export type AuthService = ReturnType<typeof createAuthService>
