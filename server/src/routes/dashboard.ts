import {
  CITY_CODE,
  dashboardQuerySchema,
  dashboardResponseSchema,
  dashboardWireSchema,
  errorSchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { unitNotFound } from '../errors.ts'
import { readScope, sendCachedJson } from '../plugins/response-cache.ts'

const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Báo cáo'],
        summary:
          'Bảng tổng hợp một cấp trong một năm: các đơn vị trực thuộc `unit` (mặc định LĐLĐ thành phố, 01) × chỉ tiêu, ' +
          'tổng của cấp đó (tính trên các đơn vị đã báo cáo), theo nhóm đơn vị và thời gian hoạt động (năm 2025: ' +
          'LĐLĐ quận, huyện đến 30/6 và công đoàn xã, phường từ 1/10), mức độ báo cáo, nguồn. Đơn vị theo trang ' +
          '(`page`, `limit`) hoặc tất cả (`units=all`); tổng luôn tính trên mọi đơn vị. `data=accepted`: chỉ số liệu đã duyệt',
        querystring: dashboardQuerySchema,
        // The body as sent (cells as columns); the cache checks it by decoding (dashboardResponseSchema).
        response: { 200: dashboardWireSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { year, data, unit, page, limit, units } = request.query
      const level = { unit, page, limit, all: units === 'all' }
      const pageKey = level.all ? 'all' : `${page ?? 1}:${limit ?? ''}`
      const { scope, options } = readScope(request, `dashboard:${year}:${unit ?? ''}:${pageKey}`, data)
      const body = app.responseCache.json(scope, dashboardResponseSchema, () =>
        app.reports.dashboard(year, options, level),
      )
      if (!body) throw unitNotFound(unit ?? CITY_CODE)
      return sendCachedJson(request, reply, body)
    },
  )
}

export default dashboardRoutes
