import {
  BULK_MAX_FILE_BYTES,
  BULK_MAX_ROWS,
  bulkCreateBodySchema,
  bulkCreateResponseSchema,
  bulkPreviewResponseSchema,
  createUserBodySchema,
  emptyQuerySchema,
  errorSchema,
  updateUserBodySchema,
  userIdParamsSchema,
  userWithPasswordSchema,
  usersResponseSchema,
  hanoiToday,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { createUser, toUser, updateUser } from '../auth/accounts.ts'
import { bulkPreview, bulkRowsFromTable, createBulkAccounts } from '../auth/bulk-accounts.ts'
import { HttpError } from '../errors.ts'
import { readTable } from '../files/read-table.ts'
import { errorResponses } from './errors.ts'

const ADMIN = { permission: 'manageUsers' } as const
const TAGS = ['Quản trị']

const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: 'Danh sách người dùng',
        querystring: emptyQuerySchema,
        response: { 200: usersResponseSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async () => ({ users: app.repos.users.list().map(toUser) }),
  )

  app.post(
    '',
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary:
          'Tạo người dùng. Không gửi `password`: máy chủ tạo mật khẩu dùng một lần (`oneTimePassword`, chỉ trả về lần này). Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.',
        body: createUserBodySchema,
        response: { 201: userWithPasswordSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const user = await createUser(app.repos, app.passwords, request.body)
      return reply.code(201).send(user)
    },
  )

  app.patch(
    '/:id',
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary:
          'Sửa người dùng; `resetPassword: true` tạo mật khẩu dùng một lần. Khóa tài khoản hoặc đổi mật khẩu sẽ đăng xuất mọi phiên của người đó',
        params: userIdParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userWithPasswordSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updateUser(app.repos, app.passwords, request.params.id, request.body),
  )

  app.post(
    '/bulk/preview',
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: `Tạo tài khoản hàng loạt, bước 1: tải lên tệp CSV hoặc XLSX (multipart, trường \`file\`, tối đa ${BULK_MAX_ROWS} dòng) với các cột Mã đơn vị, Tên hiển thị, Tên đăng nhập; trả về từng dòng kèm lỗi. Chưa ghi gì.`,
        consumes: ['multipart/form-data'],
        response: {
          200: bulkPreviewResponseSchema,
          ...errorResponses(400, 401, 403),
          413: errorSchema,
          415: errorSchema,
        },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new HttpError(
          415,
          'unsupported_media_type',
          'Hãy gửi tệp dạng multipart/form-data, trong trường “file”.',
        )
      // Multipart is registered once for the app (plugins/multipart.ts); this route's own limits.
      const file = await request.file({
        limits: { fileSize: BULK_MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 },
      })
      if (!file) throw new HttpError(400, 'no_file', 'Chưa chọn tệp để tải lên.')
      const bytes = await file.toBuffer().catch((error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE')
          throw new HttpError(
            413,
            'file_too_large',
            `Tệp quá lớn: tối đa ${BULK_MAX_FILE_BYTES / 1024 / 1024} MB. Danh sách tài khoản chỉ cần vài chục KB.`,
          )
        throw error
      })
      const rows = bulkRowsFromTable(await readTable(bytes, BULK_MAX_ROWS))
      return { fileName: file.filename, ...bulkPreview(app.repos, rows, hanoiToday(app.years.now())) }
    },
  )

  app.post(
    '/bulk',
    {
      config: ADMIN,
      bodyLimit: 512 * 1024,
      schema: {
        tags: TAGS,
        summary:
          'Tạo tài khoản hàng loạt, bước 2: gửi lại các dòng của bản xem trước; kiểm tra lại, tạo tất cả hoặc không tạo gì (422 `bulk_invalid`). Trả về mật khẩu dùng một lần của từng tài khoản, chỉ một lần này.',
        body: bulkCreateBodySchema,
        response: { 201: bulkCreateResponseSchema, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const accounts = await createBulkAccounts(
        app.repos,
        app.passwords,
        request.body.rows,
        hanoiToday(app.years.now()),
      )
      reply.header('cache-control', 'no-store')
      return reply.code(201).send({ accounts })
    },
  )
}

export default userRoutes
