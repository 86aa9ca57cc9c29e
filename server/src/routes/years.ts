import { emptyQuerySchema, errorSchema, yearsResponseSchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

const yearsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Danh mục'],
        summary:
          'Các năm có số liệu: năm mặc định (năm gần nhất có số liệu thực hiện), các năm chỉ có chỉ tiêu (kế hoạch), các năm được phép ghi',
        querystring: emptyQuerySchema,
        response: { 200: yearsResponseSchema, 400: errorSchema },
      },
    },
    async () => app.years.summary(),
  )
}

export default yearsRoutes
