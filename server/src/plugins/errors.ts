// The one error handler and the not-found handler: every non-2xx answer has the same body,
// `{ error: { code, message, issues? } }`, in Vietnamese, and a 5xx never tells what went wrong inside.
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  hasZodFastifySchemaValidationErrors,
  type ZodFastifySchemaValidationError,
} from 'fastify-type-provider-zod'
import { PROBLEM_ANSWERS, problemOf } from '../database-state.ts'
import { errorBody, HttpError, INTERNAL_ERROR_MESSAGE, type ErrorIssue } from '../errors.ts'
import { createMethodIndex } from './method-index.ts'

/** Fastify's own 4xx errors, by code: a malformed body or URL is the caller's mistake, not a 500. */
const CLIENT_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'invalid_json',
    message: 'Nội dung gửi lên không phải JSON hợp lệ.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'Nội dung JSON gửi lên bị trống.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Kiểu nội dung không được hỗ trợ; hãy gửi application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'Nội dung gửi lên quá lớn.' },
  FST_ERR_BAD_URL: { code: 'invalid_url', message: 'Đường dẫn không hợp lệ.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'invalid_url', message: 'Đường dẫn quá dài.' },
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Any other 4xx gets the code of its status, so a 403 never reads `bad_request`. */
const BY_STATUS: Record<number, { code: string; message: string }> = {
  401: { code: 'unauthenticated', message: 'Cần đăng nhập.' },
  403: { code: 'forbidden', message: 'Không được phép truy cập đường dẫn này.' },
  404: { code: 'not_found', message: 'Không tìm thấy đường dẫn.' },
  405: { code: 'method_not_allowed', message: 'Đường dẫn này không nhận phương thức đó.' },
  406: { code: 'not_acceptable', message: 'Máy chủ không trả lời được theo định dạng yêu cầu.' },
  408: { code: 'request_timeout', message: 'Yêu cầu gửi quá chậm nên máy chủ đã ngắt. Vui lòng thử lại.' },
  413: { code: 'payload_too_large', message: 'Nội dung gửi lên quá lớn.' },
  415: {
    code: 'unsupported_media_type',
    message: 'Kiểu nội dung không được hỗ trợ; hãy gửi application/json.',
  },
  416: { code: 'range_not_satisfiable', message: 'Đoạn tệp yêu cầu không có.' },
  431: {
    code: 'headers_too_large',
    message: 'Phần đầu (header) của yêu cầu quá lớn. Hãy xóa cookie của trang này rồi thử lại.',
  },
}
const BAD_REQUEST = { code: 'bad_request', message: 'Yêu cầu không hợp lệ.' }

function clientError(status: number, fastifyCode: string | undefined) {
  return (
    (fastifyCode === undefined ? undefined : CLIENT_ERRORS[fastifyCode]) ?? BY_STATUS[status] ?? BAD_REQUEST
  )
}

export function toIssues(error: ZodFastifySchemaValidationError): ErrorIssue[] {
  const path = error.instancePath.split('/').filter(Boolean).join('.')
  // z.strictObject reports extra keys with zod's English default; name each one in Vietnamese.
  const keys = error.keyword === 'unrecognized_keys' ? error.params['keys'] : undefined
  if (Array.isArray(keys)) {
    return keys.map((key) => ({
      path: path ? `${path}.${String(key)}` : String(key),
      message: `Tham số "${String(key)}" không được hỗ trợ.`,
    }))
  }
  return [{ path, message: error.message ?? 'Giá trị không hợp lệ.' }]
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.flatMap(toIssues)
    const message = `Yêu cầu không hợp lệ: ${issues.map((i) => i.message).join(' ')}`
    return reply.code(400).send(errorBody('invalid_request', message, issues))
  }
  if (error instanceof HttpError) {
    const body = errorBody(error.code, error.message, error.issues)
    reply.headers(error.extras.headers ?? {})
    return reply.code(error.statusCode).send({ error: { ...body.error, ...error.extras.details } })
  }
  const problem = problemOf(error)
  if (problem) {
    // The machine, not the request: say so, and let /api/health report it until a write succeeds.
    request.server.repos.health.recordProblem(problem)
    request.log.error({ err: error }, 'database problem')
    const { code, message } = PROBLEM_ANSWERS[problem]
    return reply.code(503).header('retry-after', '60').send(errorBody(code, message))
  }
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) {
    const known = clientError(status, error.code)
    request.log.info({ code: error.code }, 'client error')
    return reply.code(status).send(errorBody(known.code, known.message))
  }
  request.log.error({ err: error }, 'unhandled error')
  return reply.code(500).send(errorBody('internal_error', INTERNAL_ERROR_MESSAGE))
}

/**
 * Malformed percent-encoding and over-long path segments are rejected by the router before any
 * hook runs (Fastify's `frameworkErrors` option); they get the same body as every other error.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const known = clientError(400, error.code)
  request.log.info({ code: error.code }, 'client error')
  void reply.code(400).send(errorBody(known.code, known.message))
}

/**
 * Errors Node's HTTP parser answers before Fastify sees a request (headers too large, a request
 * that took too long to arrive, bytes that are not HTTP): the same body as every other error.
 */
export function handleClientError(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const { code, message } = BY_STATUS[status] ?? BAD_REQUEST
  const body = JSON.stringify(errorBody(code, message))
  this.log.info({ code: error.code }, 'client error')
  if (!socket.writable) {
    socket.destroy()
    return
  }
  socket.end(
    `HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

/** Paths the SPA router owns: not the API, and not a file (a missing /assets/x.js must stay a 404). */
function isSpaPath(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = request.url.split('?')[0] ?? '/'
  if (path === '/api' || path.startsWith('/api/')) return false
  const last = path.slice(path.lastIndexOf('/') + 1)
  return !last.includes('.')
}

export interface ErrorsPluginOptions {
  /** Answer unknown page paths with index.html (needs @fastify/static registered on webDist). */
  spaFallback: boolean
}

export default fp<ErrorsPluginOptions>(
  async (app, { spaFallback }) => {
    const methods = createMethodIndex()
    app.addHook('onRoute', (route) => methods.add(route.method, route.url))
    // An acknowledged write proves the database saves again after a full disk or a read-only spell.
    app.addHook('onResponse', async (request, reply) => {
      if (!SAFE_METHODS.has(request.method) && reply.statusCode < 300) {
        request.server.repos.health.recordWriteSuccess()
      }
    })
    app.setErrorHandler(handleError)
    app.setNotFoundHandler((request, reply) => {
      if (spaFallback && isSpaPath(request)) {
        return reply.sendFile('index.html')
      }
      const path = (request.url.split('?')[0] ?? '').slice(0, 200)
      const allowed = path.startsWith('/api/') ? methods.allowed(path) : []
      if (allowed.length > 0) {
        return reply
          .code(405)
          .header('allow', allowed.join(', '))
          .send(
            errorBody(
              'method_not_allowed',
              `Đường dẫn "${path}" không nhận ${request.method}; chỉ nhận ${allowed.join(', ')}.`,
            ),
          )
      }
      return reply.code(404).send(errorBody('not_found', `Không tìm thấy đường dẫn "${path}".`))
    })
  },
  { name: 'errors' },
)
