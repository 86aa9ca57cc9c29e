import { emptyQuerySchema, settingsSchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { errorResponses } from './errors.ts'

const ADMIN = { permission: 'manageSettings' } as const

const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary: 'Cài đặt chung (publicRead: cho phép xem bảng điều khiển không cần đăng nhập)',
        querystring: emptyQuerySchema,
        response: { 200: settingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async () => ({ publicRead: app.repos.settings.publicRead() }),
  )

  app.put(
    '',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary: 'Đổi cài đặt chung',
        body: settingsSchema,
        response: { 200: settingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      app.repos.write(() => app.repos.settings.setPublicRead(request.body.publicRead))
      return { publicRead: app.repos.settings.publicRead() }
    },
  )
}

export default settingsRoutes
