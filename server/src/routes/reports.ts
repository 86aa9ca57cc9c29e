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
  type Role,
} from '@ldld/db/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { readHistory, readReport } from '../entry/read.ts'
import { saveValues } from '../entry/save-values.ts'
import { transition, type Transition } from '../entry/workflow.ts'
import { signedIn } from './signed-in.ts'
import { errorResponses } from './errors.ts'
import { LARGE_BODY_LIMIT } from '../http-limits.ts'

const TAGS = ['Nhập liệu']
const ALL: readonly Role[] = ['admin', 'city', 'district', 'viewer']
const conflict = z.union([conflictErrorSchema, errorSchema])
const writeErrors = { ...errorResponses(400, 401, 403, 404, 422, 423), 409: conflict }

const WORKFLOW: ReadonlyArray<{ kind: Transition; roles: readonly Role[]; action: string; summary: string }> =
  [
    {
      kind: 'submit',
      roles: ['admin', 'district'],
      action: 'gửi báo cáo',
      summary: 'Gửi báo cáo lên thành phố (nháp/bị trả lại → đã gửi)',
    },
    {
      kind: 'accept',
      roles: ['admin', 'city'],
      action: 'duyệt báo cáo',
      summary: 'Duyệt và khóa báo cáo (đã gửi → đã duyệt)',
    },
    {
      kind: 'return',
      roles: ['admin', 'city'],
      action: 'trả lại báo cáo',
      summary: 'Trả lại báo cáo kèm lý do (đã gửi → bị trả lại)',
    },
    {
      kind: 'unlock',
      roles: ['admin', 'city'],
      action: 'mở khóa báo cáo',
      summary: 'Mở khóa báo cáo đã duyệt kèm lý do (đã duyệt → đang nhập)',
    },
  ]

const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:code/years/:year/values',
    {
      config: { roles: ALL, action: 'xem báo cáo', ownUnit: true },
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
      config: { roles: ['admin', 'city', 'district'], action: 'sửa số liệu', ownUnit: true },
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
        config: { roles: step.roles, action: step.action, ownUnit: true },
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
      config: { roles: ALL, action: 'xem lịch sử báo cáo', ownUnit: true },
      schema: {
        tags: TAGS,
        summary: 'Lịch sử thay đổi (ai, lúc nào, cũ → mới, ghi chú), mới nhất trước; lọc theo `indicator`',
        params: reportParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: historyResponseSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { code, year } = request.params
      return { entries: readHistory(app.repos, signedIn(request), code, year, request.query.indicator) }
    },
  )
}

export default reportRoutes
