import { emptyQuerySchema, errorSchema, healthProblemSchema, healthSchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { PROBLEM_ANSWERS } from '../database-state.ts'
import { HttpError } from '../errors.ts'

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hệ thống'],
        summary:
          'Máy chủ và cơ sở dữ liệu có hoạt động và lưu được không (503 + `database`: read_only, full, io_error, busy, unreachable)',
        querystring: emptyQuerySchema,
        response: { 200: healthSchema, 400: errorSchema, 503: healthProblemSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store')
      const state = app.repos.health.state()
      if (state === 'ok') return { status: 'ok', database: 'ok' } as const
      const { code, message } = PROBLEM_ANSWERS[state]
      throw new HttpError(503, code, message, undefined, {
        details: { database: state },
        headers: { 'retry-after': '60' },
      })
    },
  )
}

export default healthRoutes
