import {
  emptyQuerySchema,
  errorSchema,
  orgCodeParamsSchema,
  organisationsResponseSchema,
  seriesResponseSchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { unitNotFound } from '../errors.ts'
import { sendCachedJson } from '../plugins/response-cache.ts'
import { toOrganisation } from '../repositories/index.ts'

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['Danh mục'],
        summary: 'Mọi đơn vị (cả LĐLĐ thành phố), kèm mã đơn vị cấp trên và thời gian hiệu lực',
        querystring: emptyQuerySchema,
        response: { 200: organisationsResponseSchema, 400: errorSchema },
      },
    },
    async () => ({ organisations: app.repos.organisations.list().map(toOrganisation) }),
  )

  app.get(
    '/:code/series',
    {
      schema: {
        tags: ['Báo cáo'],
        summary: 'Chuỗi số liệu của một đơn vị qua mọi năm có số liệu',
        params: orgCodeParamsSchema,
        querystring: emptyQuerySchema,
        response: { 200: seriesResponseSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { code } = request.params
      const body = app.responseCache.json(`series:${code}`, seriesResponseSchema, () =>
        app.reports.series(code),
      )
      if (!body) throw unitNotFound(code)
      return sendCachedJson(request, reply, body)
    },
  )
}

export default organisationRoutes
