// The one error handler and the not-found handler: every non-2xx answer has the same body,
// `{ error: { code, message, issues? } }`, in Vietnamese, and a 5xx never tells what went wrong inside.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  hasZodFastifySchemaValidationErrors,
  type ZodFastifySchemaValidationError,
} from 'fastify-type-provider-zod'
import { errorBody, HttpError, INTERNAL_ERROR_MESSAGE, type ErrorIssue } from '../errors.ts'

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
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) {
    const known = CLIENT_ERRORS[error.code]
    request.log.info({ code: error.code }, 'client error')
    return reply
      .code(status)
      .send(errorBody(known?.code ?? 'bad_request', known?.message ?? 'Yêu cầu không hợp lệ.'))
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
  const known = CLIENT_ERRORS[error.code]
  request.log.info({ code: error.code }, 'client error')
  void reply
    .code(400)
    .send(errorBody(known?.code ?? 'bad_request', known?.message ?? 'Yêu cầu không hợp lệ.'))
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
    app.setErrorHandler(handleError)
    app.setNotFoundHandler((request, reply) => {
      if (spaFallback && isSpaPath(request)) {
        return reply.sendFile('index.html')
      }
      const path = (request.url.split('?')[0] ?? '').slice(0, 200)
      return reply.code(404).send(errorBody('not_found', `Không tìm thấy đường dẫn "${path}".`))
    })
  },
  { name: 'errors' },
)
