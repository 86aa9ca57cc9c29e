// The code and Vietnamese message of each client error, and the answer to errors Node's HTTP parser
// meets before Fastify sees a request. Every one has the common body `{ error: { code, message } }`.
import type { Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { errorBody } from '../errors.ts'

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

export function clientError(status: number, fastifyCode: string | undefined) {
  return (
    (fastifyCode === undefined ? undefined : CLIENT_ERRORS[fastifyCode]) ?? BY_STATUS[status] ?? BAD_REQUEST
  )
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
