// OpenAPI is generated from the routes' zod schemas (the contracts), so docs cannot drift from code.
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'

export const DOCS_PREFIX = '/api/docs'

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'API chỉ tiêu LĐLĐ quận/huyện Hà Nội',
          description:
            'Số liệu chỉ tiêu hằng năm của 30 Liên đoàn Lao động quận, huyện, thị xã Hà Nội: ' +
            'bảng tổng hợp, xếp hạng và chuỗi số liệu theo đơn vị. Số liệu minh họa được đánh dấu `illustrative`.',
          version: '1.0.0',
        },
        tags: [
          { name: 'Hệ thống', description: 'Tình trạng máy chủ' },
          { name: 'Danh mục', description: 'Đơn vị, chỉ tiêu, năm có số liệu' },
          { name: 'Báo cáo', description: 'Bảng tổng hợp, xếp hạng, chuỗi số liệu' },
        ],
      },
      transform: jsonSchemaTransform,
    })
    await app.register(swaggerUi, { routePrefix: DOCS_PREFIX })
  },
  { name: 'swagger' },
)
