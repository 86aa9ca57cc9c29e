import {
  createOrganisationBodySchema,
  dataQuerySchema,
  emptyQuerySchema,
  organisationSchema,
  errorSchema,
  orgCodeParamsSchema,
  organisationsResponseSchema,
  seriesResponseSchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { createOrganisation } from '../admin/catalogue.ts'
import { unitNotFound } from '../errors.ts'
import { readScope, sendCachedJson } from '../plugins/response-cache.ts'
import { toOrganisation } from '../repositories/index.ts'
import { errorResponses } from './errors.ts'

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Danh mục'],
        summary: 'Mọi đơn vị (cả LĐLĐ thành phố), kèm mã đơn vị cấp trên và thời gian hiệu lực',
        querystring: emptyQuerySchema,
        response: { 200: organisationsResponseSchema, 400: errorSchema },
      },
    },
    async () => ({ organisations: app.repos.organisations.list().map(toOrganisation) }),
  )

  app.post(
    '',
    {
      config: { permission: 'addUnit' },
      schema: {
        tags: ['Quản trị'],
        summary:
          'Thêm một đơn vị với đơn vị cấp trên và thời gian hiệu lực (ví dụ công đoàn phường từ 2025-10-01)',
        body: createOrganisationBodySchema,
        response: { 201: organisationSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(createOrganisation(app.repos, request.body)),
  )

  app.get(
    '/:code/series',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Báo cáo'],
        summary:
          'Chuỗi số liệu của một đơn vị qua mọi năm có số liệu, kèm trạng thái báo cáo từng năm. `data=accepted`: chỉ số liệu đã duyệt',
        params: orgCodeParamsSchema,
        querystring: dataQuerySchema,
        response: { 200: seriesResponseSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { code } = request.params
      const { scope, options } = readScope(request, `series:${code}`, request.query.data)
      const body = app.responseCache.json(scope, seriesResponseSchema, () =>
        app.reports.series(code, options),
      )
      if (!body) throw unitNotFound(code)
      return sendCachedJson(request, reply, body)
    },
  )
}

export default organisationRoutes
