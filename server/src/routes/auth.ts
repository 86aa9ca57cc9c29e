import {
  emptyQuerySchema,
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  SESSION_COOKIE,
} from '@ldld/db/contracts'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { toSessionUser } from '../auth/service.ts'
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
      const { token, session } = await app.auth.login(username, password, request.ip)
      // A new sign-in never reuses the old session (no session fixation).
      if (request.authSession) app.auth.logout(request.authSession)
      reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions(request),
        maxAge: SESSION_ABSOLUTE_MS / 1000,
      })
      noStore(reply)
      return {
        user: toSessionUser(session.user),
        csrfToken: session.csrfToken,
        publicRead: app.repos.settings.publicRead(),
      }
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
