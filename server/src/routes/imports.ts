// Figures in from files and report text (issue 9): the template to fill, a preview that writes
// nothing, the corrected mapping of another layout, and the apply in one transaction.
import {
  currentReportingYear,
  errorSchema,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  importApplyResultSchema,
  importConflictSchema,
  importIdParamsSchema,
  importMappingBodySchema,
  importPreviewSchema,
  templateParamsSchema,
  templateQuerySchema,
  textImportBodySchema,
  writableYearIssue,
  type ImportPreview,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { assertMay } from '../auth/access.ts'
import type { AuthUser } from '../auth/service.ts'
import { reportScope } from '../entry/report-view.ts'
import { reportingUnits } from '../entry/units.ts'
import { HttpError, unitNotFound } from '../errors.ts'
import { readWorkbook, type Workbook } from '../files/read-table.ts'
import { readUpload } from '../files/upload.ts'
import { catalogueOf } from '../imports/catalogue.ts'
import { readFigures, type FileRead } from '../imports/layouts.ts'
import { applyPlan, buildPreview } from '../imports/preview.ts'
import { createPreviewStore } from '../imports/store.ts'
import { templateWorkbook } from '../imports/template.ts'
import { readTextFigures } from '../imports/text-figures.ts'
import { errorResponses } from './errors.ts'
import { signedIn } from './signed-in.ts'

const TAGS = ['Nhập từ tệp']
const WRITERS = { permission: ['editActual', 'editTarget'] } as const
const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024)
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const UPLOAD = {
  maxBytes: IMPORT_MAX_BYTES,
  tooLarge: () =>
    new HttpError(
      413,
      'file_too_large',
      `Tệp quá lớn: tối đa ${MB} MB mỗi lần (mười năm của mọi đơn vị chỉ khoảng 2 MB). Hãy chia thành nhiều tệp.`,
    ),
  missing: 'Chưa chọn tệp Excel hoặc CSV (trường "file").',
}

/** A file name as history shows it: the name only, no folders, no control characters, 120 at most. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const clean = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()
  return (clean === '' ? 'tep-khong-ten' : clean).slice(0, 120)
}

const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = createPreviewStore()

  function keep(user: AuthUser, fileName: string, read: FileRead, workbook: Workbook | null): ImportPreview {
    const catalogue = catalogueOf(app.repos)
    const { preview, plan } = buildPreview(
      { repos: app.repos, user, catalogue, writable: app.years.writable(), fileName },
      read,
    )
    return store.put(user.id, (id, expiresAt) => ({
      preview: { id, fileName, expiresAt, ...preview },
      plan,
      workbook: read.layout === 'mapped' ? workbook : null,
    })).preview
  }

  app.post(
    '',
    {
      config: WRITERS,
      schema: {
        tags: TAGS,
        summary: `Xem trước nhập số liệu từ tệp Excel/CSV (multipart, trường \`file\`, tối đa ${MB} MB): mẫu nhập, bảng dọc tải từ trang tổng quan, hoặc bảng khác kèm cách ghép cột đề xuất. Không ghi gì.`,
        consumes: ['multipart/form-data'],
        response: { 200: importPreviewSchema, ...errorResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request) => {
      const user = signedIn(request)
      const upload = await readUpload(request, UPLOAD)
      const workbook = await readWorkbook(upload.file, {
        maxBytes: IMPORT_MAX_BYTES,
        maxRows: IMPORT_MAX_ROWS,
        maxInflated: 40 * 1024 * 1024,
      })
      const catalogue = catalogueOf(app.repos)
      const read = readFigures(catalogue, workbook, {
        fallbackYear: currentReportingYear(app.years.now()),
      })
      return keep(user, cleanName(upload.filename), read, workbook)
    },
  )

  app.post(
    '/text',
    {
      config: { permission: 'readReportText' },
      schema: {
        tags: TAGS,
        summary:
          'Xem trước lưu các số đã chấp nhận từ văn bản báo cáo (giữ trích dẫn, mức chính xác, thời gian). Không ghi gì.',
        body: textImportBodySchema,
        response: { 200: importPreviewSchema, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request) => {
      const user = signedIn(request)
      const read = readTextFigures(catalogueOf(app.repos), request.body.figures)
      return keep(user, 'văn bản báo cáo', read, null)
    },
  )

  app.post(
    '/:id/mapping',
    {
      config: WRITERS,
      schema: {
        tags: TAGS,
        summary:
          'Xem trước lại một bảng khác với cách ghép cột, dòng đã xác nhận hoặc sửa (bản xem trước mới). Không ghi gì.',
        params: importIdParamsSchema,
        body: importMappingBodySchema,
        response: { 200: importPreviewSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const user = signedIn(request)
      const kept = store.get(user.id, request.params.id)
      if (!kept.workbook) {
        throw new HttpError(422, 'no_mapping', 'Tệp này đã theo mẫu hoặc bảng dọc; không cần ghép cột.')
      }
      const read = readFigures(catalogueOf(app.repos), kept.workbook, {
        mapping: request.body.mapping,
        fallbackYear: request.body.mapping.year,
      })
      store.delete(request.params.id)
      return keep(user, kept.preview.fileName, read, kept.workbook)
    },
  )

  app.post(
    '/:id/apply',
    {
      config: WRITERS,
      schema: {
        tags: TAGS,
        summary:
          'Ghi bản xem trước vào các báo cáo, trong một giao dịch, qua đúng các kiểm tra của biểu mẫu nhập. Ô bị người khác sửa sau khi xem trước → 409 kèm các ô, không ghi gì.',
        params: importIdParamsSchema,
        response: {
          200: importApplyResultSchema,
          409: z.union([importConflictSchema, errorSchema]),
          ...errorResponses(400, 401, 403, 404, 422, 423),
        },
      },
    },
    async (request) => {
      const user = signedIn(request)
      const kept = store.get(user.id, request.params.id)
      if (!kept.preview.mappingConfirmed) {
        throw new HttpError(
          422,
          'mapping_unconfirmed',
          'Hãy xác nhận (hoặc sửa) cách ghép cột chỉ tiêu và dòng đơn vị trước khi lưu.',
        )
      }
      if (kept.preview.errors.length > 0) {
        throw new HttpError(
          422,
          'import_has_errors',
          `Tệp còn ${kept.preview.errors.length} lỗi; hãy sửa trong tệp rồi tải lên lại. Chưa ghi gì.`,
        )
      }
      const result = applyPlan(app.repos, catalogueOf(app.repos), user, kept.plan)
      store.delete(request.params.id)
      request.log.info({ import: request.params.id, applied: result.applied }, 'import applied')
      return result
    },
  )
}

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:file',
    {
      config: WRITERS,
      schema: {
        tags: TAGS,
        summary:
          'Mẫu nhập số liệu một năm (Excel): của đơn vị mình (cán bộ đơn vị, hoặc `?unit=`), hoặc mọi đơn vị báo cáo năm đó (thành phố)',
        params: templateParamsSchema,
        querystring: templateQuerySchema,
        response: { 200: z.any(), ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const user = signedIn(request)
      const year = Number(request.params.file.slice(0, 4))
      const issue = writableYearIssue(year, app.years.writable())
      if (issue) throw new HttpError(400, 'invalid_request', issue, [{ path: 'year', message: issue }])
      const code = request.query.unit ?? (user.role === 'district' ? user.unit : null)
      let units
      if (code) {
        const unit = app.repos.organisations.findByCode(code)
        if (!unit) throw unitNotFound(code)
        if (user.role === 'district') assertMay(user, 'editActual', code)
        reportScope(app.repos, code, year) // 422 when the unit did not exist that year
        units = [unit]
      } else {
        units = reportingUnits(app.repos, year)
      }
      const body = await templateWorkbook({ repos: app.repos, user, year, units, madeAt: app.years.now() })
      const name = code ? `mau-nhap-${code}-${year}.xlsx` : `mau-nhap-${year}.xlsx`
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(body)
    },
  )
}

export default importRoutes
