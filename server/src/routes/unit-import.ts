// The admin's unit list as a file: preview an import, apply it, export the list; and the
// predecessor links every reader may see (a unit's page links to the units it took over from).
import {
  errorSchema,
  predecessorsResponseSchema,
  UNIT_IMPORT_MODES,
  unitExportQuerySchema,
  unitImportPreviewSchema,
  unitImportResultSchema,
  emptyQuerySchema,
  type UnitImportMode,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { exportRows, unitsCsv, unitsXlsx } from '../admin/unit-export.ts'
import { applyImport, previewImport, readUnitFile } from '../admin/unit-import.ts'
import { readUpload } from '../files/upload.ts'
import { HttpError } from '../errors.ts'
import { errorResponses } from './errors.ts'

const ADMIN = { permission: 'manageUnits' } as const
const MULTIPART = { consumes: ['multipart/form-data'] }

function modeOf(value: string | undefined): UnitImportMode {
  if (value === undefined || value === '') return 'merge'
  if ((UNIT_IMPORT_MODES as readonly string[]).includes(value)) return value as UnitImportMode
  throw new HttpError(
    400,
    'invalid_request',
    'Chế độ nhập: "merge" (bổ sung, sửa) hoặc "full" (danh sách đầy đủ).',
    [{ path: 'mode', message: 'Chế độ nhập không hợp lệ.' }],
  )
}

const unitImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/import/preview',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary: 'Xem trước nhập danh sách đơn vị từ CSV/XLSX (multipart: file, mode) — không ghi gì',
        ...MULTIPART,
        response: { 200: unitImportPreviewSchema, ...errorResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request) => {
      const upload = await readUpload(request)
      const mode = modeOf(upload.fields['mode'])
      return previewImport(app.repos, await readUnitFile(upload.file), mode)
    },
  )

  app.post(
    '/import',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary:
          'Áp dụng nhập danh sách đơn vị (multipart: file, mode, revision của bản xem trước), một giao dịch',
        ...MULTIPART,
        response: { 200: unitImportResultSchema, ...errorResponses(400, 401, 403, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const upload = await readUpload(request)
      const mode = modeOf(upload.fields['mode'])
      const revision = upload.fields['revision'] ?? ''
      if (!/^[0-9a-f]{20}$/.test(revision)) {
        throw new HttpError(
          400,
          'invalid_request',
          'Thiếu mã bản xem trước: hãy xem trước rồi mới áp dụng.',
          [{ path: 'revision', message: 'Thiếu hoặc sai mã bản xem trước.' }],
        )
      }
      return applyImport(app.repos, await readUnitFile(upload.file), mode, revision)
    },
  )

  app.get(
    '/export',
    {
      config: ADMIN,
      schema: {
        tags: ['Quản trị'],
        summary: 'Tải danh sách đơn vị (CSV hoặc XLSX) theo đúng mẫu nhập',
        querystring: unitExportQuerySchema,
        response: { 200: z.any(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const rows = exportRows(app.repos)
      const xlsx = request.query.format === 'xlsx'
      const body = xlsx ? await unitsXlsx(rows) : unitsCsv(rows)
      return reply
        .header(
          'content-type',
          xlsx
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv; charset=utf-8',
        )
        .header('content-disposition', `attachment; filename="danh-sach-don-vi.${xlsx ? 'xlsx' : 'csv'}"`)
        .send(body)
    },
  )

  app.get(
    '/predecessors',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Danh mục'],
        summary: 'Đơn vị tiền thân: đơn vị nào tiếp nhận đoàn viên từ đơn vị nào (quan hệ nhiều–nhiều)',
        querystring: emptyQuerySchema,
        response: { 200: predecessorsResponseSchema, 400: errorSchema },
      },
    },
    async () => ({ links: app.repos.unitLinks.predecessorLinks() }),
  )
}

export default unitImportRoutes
