import { dashboardResponseSchema, errorSchema, yearDataQuerySchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { readScope, sendCachedJson } from '../plugins/response-cache.ts'

const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Báo cáo'],
        summary:
          'Bảng tổng hợp một năm: mọi đơn vị × chỉ tiêu, tổng toàn thành phố (tính trên các đơn vị đã báo cáo), mức độ báo cáo, nguồn. `data=accepted`: chỉ số liệu đã duyệt',
        querystring: yearDataQuerySchema,
        response: { 200: dashboardResponseSchema, 400: errorSchema },
      },
    },
    async (request, reply) => {
      const { year, data } = request.query
      const { scope, options } = readScope(request, `dashboard:${year}`, data)
      const body = app.responseCache.json(scope, dashboardResponseSchema, () =>
        app.reports.dashboard(year, options),
      )
      // The dashboard exists for every valid year (units without figures show no_data).
      if (!body) throw new Error(`dashboard ${year} was not built`)
      return sendCachedJson(request, reply, body)
    },
  )
}

export default dashboardRoutes
