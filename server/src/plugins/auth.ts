// Who is calling, and may they: resolves the session cookie into `request.user` and refuses, before
// any body is parsed, anonymous calls (401), cross-origin writes (403 cross_origin), writes without
// the session's CSRF token (403 csrf_failed), any work but changing it while a one-time password is
// held (403 password_change_required) and what the permission table does not allow (403 forbidden).
import cookie from '@fastify/cookie'
import {
  CSRF_HEADER,
  PASSWORD_CHANGE_REQUIRED,
  PERMISSIONS,
  SESSION_COOKIE,
  may,
  type Action,
} from '@ldld/db/contracts'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { assertMay } from '../auth/access.ts'
import type { PasswordHasher } from '../auth/password.ts'
import { createAuthService, type AuthService, type AuthUser, type Session } from '../auth/service.ts'
import { createLoginThrottle } from '../auth/throttle.ts'
import { sameToken } from '../auth/tokens.ts'
import { HttpError, unauthenticated } from '../errors.ts'
import { DOCS_PREFIX } from './swagger.ts'

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null
    authSession: Session | null
  }
  interface FastifyInstance {
    auth: AuthService
    passwords: PasswordHasher
  }
  interface FastifyContextConfig {
    /** 'public': anyone; 'read': signed-in users, and anyone while the public view is on. Default: signed-in. */
    access?: 'public' | 'read'
    /**
     * The action of the permission table (`@ldld/db/contracts` PERMISSIONS) the route performs: roles
     * without it get 403 before their input is even read, and for a per-unit action an account limited
     * to its own unit may only name that unit in `:code`. A list admits a caller allowed any of them
     * (the services then check each field against its own action).
     */
    permission?: Action | readonly Action[]
  }
}

const SWEEP_MS = 10 * 60 * 1000
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const LOGIN_PATH = '/api/auth/login'

/** A browser marks requests another site makes it send; a script elsewhere cannot forge these headers. */
function isCrossOrigin(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true
  const origin = request.headers.origin
  if (origin === undefined) return false
  try {
    // Through URL, so "http://host:80" and "http://host" compare equal.
    return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host
  } catch {
    return true
  }
}

function checkPermission(request: FastifyRequest, user: AuthUser): void {
  const { permission } = request.routeOptions.config
  if (permission === undefined) return
  const actions: readonly Action[] = typeof permission === 'string' ? [permission] : permission
  const params = request.params as Record<string, unknown> | undefined
  const unitOf = (action: Action) => {
    const code = PERMISSIONS[action].perUnit ? params?.['code'] : undefined
    return typeof code === 'string' ? code : undefined
  }
  if (actions.some((action) => may(user, action, unitOf(action)))) return
  const [first] = actions
  if (first !== undefined) assertMay(user, first, unitOf(first))
}

/** Paths a user holding a one-time password may still call: who am I, sign out, change it. */
const AUTH_PREFIX = '/api/auth/'

export interface AuthPluginOptions {
  hasher: PasswordHasher
}

export default fp<AuthPluginOptions>(
  async (app, { hasher }) => {
    await app.register(cookie)
    app.decorate('passwords', hasher)
    const service = createAuthService({ repos: app.repos, hasher, throttle: createLoginThrottle() })
    app.decorate('auth', service)
    // Expired sessions go at each sign-in and every ten minutes, so the table stays small.
    const sweeper = setInterval(() => service.sweep(), SWEEP_MS)
    sweeper.unref()
    app.addHook('onClose', async () => {
      clearInterval(sweeper)
      await hasher.close()
    })
    app.decorateRequest('user', null)
    app.decorateRequest('authSession', null)

    app.addHook('onRequest', async (request) => {
      // By the matched route, not the raw path: pages and assets of the web app (the static wildcard,
      // which also catches unknown /api paths and 404s them), unknown paths and the API docs are open.
      const route = request.routeOptions.url ?? ''
      if (!route.startsWith('/api/') || request.is404 || route.startsWith(DOCS_PREFIX)) return
      const unsafe = !SAFE_METHODS.has(request.method)
      if (unsafe && isCrossOrigin(request)) {
        throw new HttpError(403, 'cross_origin', 'Yêu cầu thay đổi dữ liệu từ trang web khác bị từ chối.')
      }
      const session = app.auth.resolve(request.cookies[SESSION_COOKIE])
      request.authSession = session
      request.user = session?.user ?? null
      const { access } = request.routeOptions.config
      if (!session) {
        if (access === 'public') return
        if (access === 'read' && !unsafe && app.repos.settings.publicRead()) return
        throw unauthenticated()
      }
      if (unsafe && route !== LOGIN_PATH) {
        const sent = request.headers[CSRF_HEADER]
        if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
          throw new HttpError(
            403,
            'csrf_failed',
            'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token). Hãy tải lại trang.',
          )
        }
      }
      if (session.user.mustChangePassword && !route.startsWith(AUTH_PREFIX)) {
        throw new HttpError(
          403,
          PASSWORD_CHANGE_REQUIRED,
          'Bạn đang dùng mật khẩu tạm do quản trị viên cấp. Hãy đổi mật khẩu trước khi làm việc khác.',
        )
      }
      checkPermission(request, session.user)
    })
  },
  { name: 'auth', dependencies: ['data'] },
)
