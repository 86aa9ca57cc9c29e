import { reportListResponseSchema, yearQuerySchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { listReports } from '../entry/report-list.ts'
import { errorResponses } from './errors.ts'
import { signedIn } from './signed-in.ts'

const reportListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { permission: 'listReports' },
      schema: {
        tags: ['Nhập liệu'],
        summary: 'Tình trạng báo cáo của các đơn vị trong một năm (cán bộ quận/huyện chỉ thấy đơn vị mình)',
        querystring: yearQuerySchema,
        response: { 200: reportListResponseSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => listReports(app.repos, signedIn(request), request.query.year),
  )
}

export default reportListRoutes
