// POST /api/extract: proposals read from report text. Writes nothing; the person reviewing them
// saves what they accept through the entry form's own API.
import { errorSchema, extractBodySchema, extractResponseSchema } from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { assertMayExtract, extractUnit } from '../extract/access.ts'
import { extractFigures } from '../extract/index.ts'
import { unitNotFound } from '../errors.ts'
import { errorResponses } from './errors.ts'
import { signedIn } from './signed-in.ts'

/** 100 000 characters of Vietnamese are at most ~400 KB of JSON; more is not a report. */
const BODY_LIMIT = 1024 * 1024

const extractRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    {
      bodyLimit: BODY_LIMIT,
      config: { permission: 'readReportText' },
      schema: {
        tags: ['Đọc văn bản báo cáo'],
        summary:
          'Đọc số liệu từ văn bản báo cáo: trả về các đề xuất (chỉ tiêu, số thực hiện, chỉ tiêu giao, tỷ lệ, trích dẫn), không ghi gì',
        description:
          'Văn bản tối đa 100.000 ký tự (dài hơn → 400; nội dung quá 1 MB → 413). `unit` mặc định là đơn vị của ' +
          'tài khoản quận/huyện; `year` là năm đang nhập. Vị trí trích dẫn tính trên văn bản đã chuẩn hóa Unicode NFC.',
        body: extractBodySchema,
        response: { 200: extractResponseSchema, ...errorResponses(400, 401, 403, 404), 413: errorSchema },
      },
    },
    async (request) => {
      const user = signedIn(request)
      const unit = extractUnit(user, request.body.unit)
      assertMayExtract(user, unit)
      if (unit !== null && !app.repos.organisations.findByCode(unit)) throw unitNotFound(unit)
      const proposals = extractFigures(request.body.text, {
        units: app.repos.organisations.list(),
        indicators: app.repos.indicators.list(),
        unit,
        year: request.body.year ?? null,
      })
      return { proposals }
    },
  )
}

export default extractRoutes
