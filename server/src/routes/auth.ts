import {
  changePasswordBodySchema,
  emptyQuerySchema,
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  SESSION_COOKIE,
} from '@ldld/db/contracts'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { assertPasswordRule } from '../auth/accounts.ts'
import { toSessionUser, type Session } from '../auth/service.ts'
import { HttpError, unauthenticated } from '../errors.ts'
import { SESSION_ABSOLUTE_MS } from '../auth/tokens.ts'
import { errorResponses } from './errors.ts'

/** HttpOnly: page scripts never see the token; SameSite=Lax: other sites' forms do not send it. */
function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    // https directly, or behind a proxy that says so (TRUST_PROXY=true reads X-Forwarded-Proto).
    secure: request.protocol === 'https',
  }
}

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store')

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  /** A newly opened session: its cookie, and the body the web adopts (user, CSRF token, public view). */
  const answerWithSession = (
    request: FastifyRequest,
    reply: FastifyReply,
    { token, session }: { token: string; session: Session },
  ) => {
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: SESSION_ABSOLUTE_MS / 1000 })
    noStore(reply)
    return {
      user: toSessionUser(session.user),
      csrfToken: session.csrfToken,
      publicRead: app.repos.settings.publicRead(),
    }
  }

  app.post(
    '/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng nhập: đặt cookie phiên `ldld_session`, trả về mã chống giả mạo (csrfToken)',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body
      const opened = await app.auth.login(username, password, request.ip)
      // A new sign-in never reuses the old session (no session fixation).
      if (request.authSession) app.auth.logout(request.authSession)
      return answerWithSession(request, reply, opened)
    },
  )

  app.post(
    '/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng xuất: xóa phiên trên máy chủ và cookie (cần X-CSRF-Token khi đang đăng nhập)',
        response: { 204: z.null().describe('Đã đăng xuất'), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      if (request.authSession) app.auth.logout(request.authSession)
      reply.clearCookie(SESSION_COOKIE, cookieOptions(request))
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/password',
    {
      // Open to anyone at the hook, so a user holding a one-time password can reach it; the
      // handler itself needs a session.
      config: { access: 'public' },
      schema: {
        tags: ['Đăng nhập'],
        summary:
          'Đổi mật khẩu của chính mình (cần mật khẩu hiện tại); các phiên khác của người đó kết thúc, phiên này nhận cookie mới',
        body: changePasswordBodySchema,
        response: { 200: loginResponseSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const current = request.authSession
      if (!current) throw unauthenticated()
      const { currentPassword, newPassword } = request.body
      if (newPassword === currentPassword)
        throw new HttpError(400, 'invalid_request', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [
          { path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
        ])
      assertPasswordRule(newPassword, current.user, 'newPassword')
      const opened = await app.auth.changePassword(
        current,
        currentPassword,
        () => app.passwords.hash(newPassword),
        request.ip,
      )
      return answerWithSession(request, reply, opened)
    },
  )

  app.get(
    '/me',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Người đang đăng nhập (null nếu chưa), mã chống giả mạo và chế độ xem công khai',
        querystring: emptyQuerySchema,
        response: { 200: meResponseSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      noStore(reply)
      const session = request.authSession
      return {
        user: session ? toSessionUser(session.user) : null,
        csrfToken: session?.csrfToken ?? null,
        publicRead: app.repos.settings.publicRead(),
      }
    },
  )
}

export default authRoutes
