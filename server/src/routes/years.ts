import { emptyQuerySchema, errorSchema, yearsResponseSchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

const yearsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Danh mục'],
        summary: 'Các năm có số liệu và năm gần nhất',
        querystring: emptyQuerySchema,
        response: { 200: yearsResponseSchema, 400: errorSchema },
      },
    },
    async () => {
      const years = app.repos.figures.years()
      return { years, latest: years.at(-1) ?? null }
    },
  )
}

export default yearsRoutes
