import {
  createUserBodySchema,
  emptyQuerySchema,
  updateUserBodySchema,
  userIdParamsSchema,
  userSchema,
  usersResponseSchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { createUser, toUser, updateUser } from '../auth/accounts.ts'
import { errorResponses } from './errors.ts'

const ADMIN = { roles: ['admin'], action: 'quản lý người dùng' } as const

const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary: 'Danh sách người dùng',
        querystring: emptyQuerySchema,
        response: { 200: usersResponseSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async () => ({ users: app.repos.users.list().map(toUser) }),
  )

  app.post(
    '',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary: 'Tạo người dùng (mật khẩu được băm argon2id)',
        body: createUserBodySchema,
        response: { 201: userSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const user = await createUser(app.repos, app.passwords, request.body)
      return reply.code(201).send(user)
    },
  )

  app.patch(
    '/:id',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary: 'Sửa người dùng; khóa tài khoản hoặc đổi mật khẩu sẽ đăng xuất mọi phiên của người đó',
        params: userIdParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updateUser(app.repos, app.passwords, request.params.id, request.body),
  )
}

export default userRoutes
