// The one error handler and the not-found handler: every non-2xx answer has the same body,
// `{ error: { code, message, issues? } }`, in Vietnamese, and a 5xx never tells what went wrong inside.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  hasZodFastifySchemaValidationErrors,
  type ZodFastifySchemaValidationError,
} from 'fastify-type-provider-zod'
import { PROBLEM_ANSWERS, problemOf } from '../database-state.ts'
import { errorBody, HttpError, INTERNAL_ERROR_MESSAGE, type ErrorIssue } from '../errors.ts'
import { clientError } from './client-errors.ts'
import { createMethodIndex } from './method-index.ts'
import type { PageRenderer } from '../page-renderer.ts'

export { handleClientError } from './client-errors.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

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
  /** Draw those pages on the server first (server/src/page-renderer.ts); index.html when it cannot. */
  renderPage?: PageRenderer | undefined
}

export default fp<ErrorsPluginOptions>(
  async (app, { spaFallback, renderPage }) => {
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
        return renderPage ? renderPage(request, reply) : reply.sendFile('index.html')
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
