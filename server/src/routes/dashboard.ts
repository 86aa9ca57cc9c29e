import { dashboardResponseSchema, errorSchema, yearQuerySchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendCachedJson } from '../plugins/response-cache.ts'

const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Báo cáo'],
        summary: 'Bảng tổng hợp một năm: mọi đơn vị × chỉ tiêu, tổng toàn thành phố, nguồn',
        querystring: yearQuerySchema,
        response: { 200: dashboardResponseSchema, 400: errorSchema },
      },
    },
    async (request, reply) => {
      const { year } = request.query
      const body = app.responseCache.json(`dashboard:${year}`, dashboardResponseSchema, () =>
        app.reports.dashboard(year),
      )
      // The dashboard exists for every valid year (units without figures show no_data).
      if (!body) throw new Error(`dashboard ${year} was not built`)
      return sendCachedJson(request, reply, body)
    },
  )
}

export default dashboardRoutes
