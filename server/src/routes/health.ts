import { emptyQuerySchema, errorSchema, healthSchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { HttpError } from '../errors.ts'

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hệ thống'],
        summary: 'Máy chủ và cơ sở dữ liệu có hoạt động không',
        querystring: emptyQuerySchema,
        response: { 200: healthSchema, 400: errorSchema, 503: errorSchema },
      },
    },
    async () => {
      if (!app.repos.health.databaseAnswers()) {
        throw new HttpError(503, 'database_unavailable', 'Cơ sở dữ liệu không phản hồi.')
      }
      return { status: 'ok', database: 'ok' } as const
    },
  )
}

export default healthRoutes
