import {
  emptyQuerySchema,
  errorSchema,
  indicatorKeyParamsSchema,
  indicatorsResponseSchema,
  rankingResponseSchema,
  yearQuerySchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { indicatorNotFound } from '../errors.ts'
import { sendCachedJson } from '../plugins/response-cache.ts'

const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['Danh mục'],
        summary: 'Danh mục chỉ tiêu theo thứ tự hiển thị',
        querystring: emptyQuerySchema,
        response: { 200: indicatorsResponseSchema, 400: errorSchema },
      },
    },
    async () => ({ indicators: app.repos.indicators.list() }),
  )

  app.get(
    '/:key/ranking',
    {
      schema: {
        tags: ['Báo cáo'],
        summary: 'Xếp hạng các đơn vị theo một chỉ tiêu trong một năm (theo % đạt nếu có giao chỉ tiêu)',
        params: indicatorKeyParamsSchema,
        querystring: yearQuerySchema,
        response: { 200: rankingResponseSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { key } = request.params
      const { year } = request.query
      const body = app.responseCache.json(`ranking:${key}:${year}`, rankingResponseSchema, () =>
        app.reports.ranking(key, year),
      )
      if (!body) throw indicatorNotFound(key)
      return sendCachedJson(request, reply, body)
    },
  )
}

export default indicatorRoutes
