import {
  CITY_CODE,
  createIndicatorBodySchema,
  emptyQuerySchema,
  indicatorSchema,
  errorSchema,
  indicatorKeyParamsSchema,
  indicatorsResponseSchema,
  rankingResponseSchema,
  rankingQuerySchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { createIndicator } from '../admin/catalogue.ts'
import { indicatorNotFound, unitNotFound } from '../errors.ts'
import { readScope, sendCachedJson } from '../plugins/response-cache.ts'
import { errorResponses } from './errors.ts'

const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Danh mục'],
        summary: 'Danh mục chỉ tiêu theo thứ tự hiển thị',
        querystring: emptyQuerySchema,
        response: { 200: indicatorsResponseSchema, 400: errorSchema },
      },
    },
    async () => ({ indicators: [...app.repos.indicators.list()] }),
  )

  app.post(
    '',
    {
      config: { permission: 'addIndicator' },
      schema: {
        tags: ['Quản trị'],
        summary: 'Thêm một chỉ tiêu vào kế hoạch từ năm `firstYear`',
        body: createIndicatorBodySchema,
        response: { 201: indicatorSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(createIndicator(app.repos, request.body)),
  )

  app.get(
    '/:key/ranking',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Báo cáo'],
        summary:
          'Xếp hạng các đơn vị trực thuộc `unit` (mặc định 01) đã báo cáo theo một chỉ tiêu trong một năm (theo % đạt nếu có giao chỉ tiêu; năm 2025 xếp riêng từng nhóm theo thời gian hoạt động; đơn vị có nguồn không nêu chỉ tiêu xếp riêng sau). Theo trang (`page`, `limit`) hoặc `units=all`. `data=accepted`: chỉ số liệu đã duyệt',
        params: indicatorKeyParamsSchema,
        querystring: rankingQuerySchema,
        response: { 200: rankingResponseSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { key } = request.params
      const { year, data, unit, page, limit, units } = request.query
      const level = { unit, page, limit, all: units === 'all' }
      const pageKey = level.all ? 'all' : `${page ?? 1}:${limit ?? ''}`
      const { scope, options } = readScope(request, `ranking:${key}:${year}:${unit ?? ''}:${pageKey}`, data)
      let missing: 'indicator' | 'unit' | null = null
      const body = app.responseCache.json(scope, rankingResponseSchema, () => {
        const ranking = app.reports.ranking(key, year, options, level)
        if (typeof ranking === 'string') {
          missing = ranking
          return undefined
        }
        return ranking
      })
      if (!body) throw missing === 'unit' ? unitNotFound(unit ?? CITY_CODE) : indicatorNotFound(key)
      return sendCachedJson(request, reply, body)
    },
  )
}

export default indicatorRoutes
