// Fastify logs two lines per request at info by default. At dashboard traffic (thousands of
// requests a second from a room of projectors refreshing) that doubled the p99 latency, so routine
// requests go to debug and only failures and slow answers reach the default info log.
// Logs go to standard output as JSON lines (journald keeps them under systemd) and never hold a
// password, a session cookie or a CSRF token: requests are logged by a serializer that names only
// method, path, client address and browser, and anything else is redacted by path as a backstop.
import type { IncomingMessage } from 'node:http'
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify'

const SLOW_MS = 500

export class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request')
  }

  override requestCompleted(
    error: Error | null | undefined,
    _request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const fields = { res: reply, responseTime: reply.elapsedTime }
    if (error) reply.log.error({ ...fields, err: error }, 'request errored')
    else if (reply.statusCode >= 500 || reply.elapsedTime > SLOW_MS)
      reply.log.warn(fields, 'request completed')
    else reply.log.debug(fields, 'request completed')
  }
}

/** Paths that may hold a secret in anything logged, whatever logged it. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*.*.password',
  'currentPassword',
  'newPassword',
  'body',
  '*.body',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'csrfToken',
  '*.csrfToken',
  'token',
  '*.token',
]

type LoggedRequest = FastifyRequest | (IncomingMessage & { ip?: string })

export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[ẩn]' },
    serializers: {
      req(request: LoggedRequest) {
        const url = request.url ?? ''
        return {
          method: request.method,
          // The query string can carry what a user typed; the path is enough to find a request.
          path: url.split('?')[0],
          remoteAddress: request.ip,
          userAgent: request.headers['user-agent'],
        }
      },
    },
  }
}
