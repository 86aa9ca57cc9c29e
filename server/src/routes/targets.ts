import {
  emptyQuerySchema,
  errorSchema,
  saveTargetsBodySchema,
  targetsConflictErrorSchema,
  targetsParamsSchema,
  targetsResponseSchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { saveTargets } from '../entry/save-targets.ts'
import { buildTargets, targetScope } from '../entry/targets.ts'
import { requireWritableYear } from '../plugins/year-rule.ts'
import { errorResponses } from './errors.ts'
import { signedIn } from './signed-in.ts'
import { LARGE_BODY_LIMIT } from '../http-limits.ts'

const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:year',
    {
      config: { permission: 'readTargets' },
      schema: {
        tags: ['Giao chỉ tiêu'],
        summary:
          'Bảng giao chỉ tiêu của một năm: đơn vị × chỉ tiêu, chỉ tiêu năm trước, chỉ tiêu của thành phố',
        params: targetsParamsSchema,
        querystring: emptyQuerySchema,
        response: { 200: targetsResponseSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const scope = targetScope(app.repos, request.params.year)
      return app.repos.readSnapshot(() => buildTargets(app.repos, scope))
    },
  )

  app.put(
    '/:year',
    {
      config: { permission: 'saveTargets' },
      preHandler: requireWritableYear(app),
      bodyLimit: LARGE_BODY_LIMIT, // the city's whole grid: every unit × indicator
      schema: {
        tags: ['Giao chỉ tiêu'],
        summary:
          'Lưu cả bảng chỉ tiêu trong một giao dịch; `versions` là phiên bản đã đọc của từng đơn vị (409 nếu đơn vị nào đã đổi)',
        params: targetsParamsSchema,
        body: saveTargetsBodySchema,
        response: {
          200: targetsResponseSchema,
          ...errorResponses(400, 401, 403, 422, 423),
          409: z.union([targetsConflictErrorSchema, errorSchema]),
        },
      },
    },
    async (request) => saveTargets(app.repos, signedIn(request), request.params.year, request.body),
  )
}

export default targetRoutes
