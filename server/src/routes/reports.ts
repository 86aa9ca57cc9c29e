// One report per unit × year: read and save its values, move it through the workflow, read its history.
import {
  conflictErrorSchema,
  errorSchema,
  historyQuerySchema,
  historyResponseSchema,
  reasonBodySchema,
  reportParamsSchema,
  reportResponseSchema,
  saveReportBodySchema,
  workflowBodySchema,
  emptyQuerySchema,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { readHistory, readReport } from '../entry/read.ts'
import { saveValues } from '../entry/save-values.ts'
import { transition, type Transition } from '../entry/workflow.ts'
import { signedIn } from './signed-in.ts'
import { requireWritableYear } from '../plugins/year-rule.ts'
import { errorResponses } from './errors.ts'
import { LARGE_BODY_LIMIT } from '../http-limits.ts'

const TAGS = ['Nhập liệu']
const conflict = z.union([conflictErrorSchema, errorSchema])
const writeErrors = { ...errorResponses(400, 401, 403, 404, 422, 423), 409: conflict }

// Each step's permission is the action of the same name in the permission table.
const WORKFLOW: ReadonlyArray<{ kind: Transition; summary: string }> = [
  { kind: 'submit', summary: 'Gửi báo cáo lên thành phố (nháp/bị trả lại → đã gửi)' },
  { kind: 'accept', summary: 'Duyệt và khóa báo cáo (đã gửi → đã duyệt)' },
  { kind: 'return', summary: 'Trả lại báo cáo kèm lý do (đã gửi → bị trả lại)' },
  { kind: 'unlock', summary: 'Mở khóa báo cáo đã duyệt kèm lý do (đã duyệt → đang nhập)' },
]

const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:code/years/:year/values',
    {
      config: { permission: 'readReport' },
      schema: {
        tags: TAGS,
        summary: 'Báo cáo của một đơn vị trong một năm: số liệu, kiểm tra, trạng thái, phiên bản',
        params: reportParamsSchema,
        querystring: emptyQuerySchema,
        response: { 200: reportResponseSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => readReport(app.repos, signedIn(request), request.params.code, request.params.year),
  )

  app.put(
    '/:code/years/:year/values',
    {
      // Which fields a caller may write (actuals or targets) is checked per field by saveValues.
      config: { permission: ['editActual', 'editTarget'] },
      preHandler: requireWritableYear(app),
      bodyLimit: LARGE_BODY_LIMIT, // a whole report with a note per cell
      schema: {
        tags: TAGS,
        summary:
          'Lưu số liệu (chỉ các ô gửi lên); cần `version` đã đọc, sai phiên bản → 409 kèm báo cáo hiện tại',
        params: reportParamsSchema,
        body: saveReportBodySchema,
        response: { 200: reportResponseSchema, ...writeErrors },
      },
    },
    async (request) => {
      const { code, year } = request.params
      return saveValues(app.repos, code, year, signedIn(request), request.body)
    },
  )

  for (const step of WORKFLOW) {
    const needsReason = step.kind === 'return' || step.kind === 'unlock'
    app.post(
      `/:code/years/:year/${step.kind}`,
      {
        config: { permission: step.kind },
        preHandler: requireWritableYear(app),
        schema: {
          tags: TAGS,
          summary: step.summary,
          params: reportParamsSchema,
          body: needsReason ? reasonBodySchema : workflowBodySchema,
          response: { 200: reportResponseSchema, ...writeErrors },
        },
      },
      async (request) => {
        const { code, year } = request.params
        const body: { version: number; reason?: string } = request.body
        return transition(app.repos, signedIn(request), step.kind, { code, year, ...body })
      },
    )
  }

  app.get(
    '/:code/years/:year/history',
    {
      config: { permission: 'readHistory' },
      schema: {
        tags: TAGS,
        summary:
          'Lịch sử thay đổi (ai, lúc nào, cũ → mới, ghi chú, nguồn), mới nhất trước, theo trang: `limit` (mặc định 50, tối đa 200), `cursor` = `nextCursor` của trang trước; lọc theo `indicator`',
        params: reportParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: historyResponseSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { code, year } = request.params
      return readHistory(app.repos, signedIn(request), code, year, request.query)
    },
  )
}

export default reportRoutes
