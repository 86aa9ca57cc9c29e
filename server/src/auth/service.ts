// Sign-in, session lookup and sign-out. Sessions live in SQLite (a restart keeps people signed in);
// the throttle lives in memory.
import type { Role, SessionUser } from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import type { Repositories, UserRow } from '../repositories/index.ts'
import type { PasswordHasher } from './password.ts'
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
}

export interface Session {
  tokenHash: string
  csrfToken: string
  user: AuthUser
}

export const toAuthUser = ({ id, username, displayName, role, unit, orgId }: UserRow): AuthUser => ({
  id,
  username,
  displayName,
  role,
  unit,
  orgId,
})

export const toSessionUser = ({ username, displayName, role, unit }: AuthUser): SessionUser => ({
  username,
  displayName,
  role,
  unit,
})

const INVALID = 'Sai tên đăng nhập hoặc mật khẩu.'

function tooManyAttempts(seconds: number): HttpError {
  const minutes = Math.ceil(seconds / 60)
  return new HttpError(
    429,
    'too_many_attempts',
    `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    undefined,
    { headers: { 'retry-after': String(seconds) } },
  )
}

export interface AuthServiceOptions {
  repos: Repositories
  hasher: PasswordHasher
  throttle: LoginThrottle
  now?: () => Date
}

export function createAuthService({ repos, hasher, throttle, now = () => new Date() }: AuthServiceOptions) {
  // Attempts on one account run one after another, so fifty parallel guesses cannot all pass the
  // throttle before the first failure is counted.
  const inFlight = new Map<string, Promise<void>>()

  async function checkPassword(username: string, password: string, address: string): Promise<UserRow> {
    const wait = throttle.retryAfter(username, address)
    if (wait > 0) throw tooManyAttempts(wait)
    const user = repos.users.findForLogin(username)
    // An unknown or deactivated account costs the same hashing time as a wrong password.
    const ok = user?.active
      ? await hasher.verify(user.passwordHash, password)
      : await hasher.verifyNothing(password)
    if (!ok || !user) {
      throttle.failure(username, address)
      throw new HttpError(401, 'invalid_credentials', INVALID)
    }
    throttle.success(username)
    return user
  }

  return {
    /** Checks the password and opens a session; returns the cookie token (shown once, stored hashed). */
    async login(
      username: string,
      password: string,
      address: string,
    ): Promise<{ token: string; session: Session }> {
      const previous = inFlight.get(username) ?? Promise.resolve()
      let release = () => {}
      // The executor runs at once, so `release` is this attempt's own resolver before anything awaits.
      const gate = new Promise<void>((resolve) => (release = resolve))
      const chained = previous.then(() => gate)
      inFlight.set(username, chained)
      try {
        await previous
        const user = await checkPassword(username, password, address)
        const token = newToken()
        const at = now()
        const session: Session = {
          tokenHash: tokenHash(token),
          csrfToken: newToken(),
          user: toAuthUser(user),
        }
        repos.sessions.deleteExpired(at.toISOString())
        repos.sessions.insert({
          tokenHash: session.tokenHash,
          userId: user.id,
          csrfToken: session.csrfToken,
          createdAt: at.toISOString(),
          expiresAt: slidingExpiry(at, at).toISOString(),
        })
        return { token, session }
      } finally {
        release()
        if (inFlight.get(username) === chained) inFlight.delete(username)
      }
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
  }
}

export type AuthService = ReturnType<typeof createAuthService>
