// Who is calling, and may they: resolves the session cookie into `request.user` and refuses, before
// any body is parsed, anonymous calls (401), cross-origin writes (403 cross_origin), writes without
// the session's CSRF token (403 csrf_failed) and roles a route does not admit (403 forbidden).
import cookie from '@fastify/cookie'
import { CSRF_HEADER, ROLE_LABELS, SESSION_COOKIE, type Role } from '@ldld/db/contracts'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { PasswordHasher } from '../auth/password.ts'
import { createAuthService, type AuthService, type AuthUser, type Session } from '../auth/service.ts'
import { createLoginThrottle } from '../auth/throttle.ts'
import { sameToken } from '../auth/tokens.ts'
import { forbidden, HttpError, unauthenticated } from '../errors.ts'
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
    /** Roles the route admits; others get 403 before their input is even read. */
    roles?: readonly Role[]
    /** What the route does, for the 403 message ("duyệt báo cáo"). */
    action?: string
    /** A district user may only name its own unit in `:code`. */
    ownUnit?: boolean
  }
}

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

function checkRole(request: FastifyRequest, user: AuthUser): void {
  const { roles, action = 'thực hiện thao tác này', ownUnit } = request.routeOptions.config
  if (roles && !roles.includes(user.role)) {
    throw forbidden(`Tài khoản "${ROLE_LABELS[user.role]}" không được ${action}.`)
  }
  const params = request.params as Record<string, unknown> | undefined
  const code = params?.['code']
  if (ownUnit && user.role === 'district' && typeof code === 'string' && code !== user.unit) {
    throw forbidden(
      `Tài khoản quận/huyện chỉ được ${action} của đơn vị mình (${user.unit ?? 'chưa gắn đơn vị'}).`,
    )
  }
}

export interface AuthPluginOptions {
  hasher: PasswordHasher
}

export default fp<AuthPluginOptions>(
  async (app, { hasher }) => {
    await app.register(cookie)
    app.decorate('passwords', hasher)
    app.decorate('auth', createAuthService({ repos: app.repos, hasher, throttle: createLoginThrottle() }))
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
      checkRole(request, session.user)
    })
  },
  { name: 'auth', dependencies: ['data'] },
)
