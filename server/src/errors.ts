// Errors a handler may throw on purpose. The one error handler (plugins/errors.ts) turns them into
// the shared error body; anything else becomes a 500 that says nothing about the internals.
import type { ApiErrorBody } from '@ldld/db/contracts'

export type ErrorIssue = { path: string; message: string }

export interface HttpErrorExtras {
  /** More fields of `error` beside code and message (e.g. `current` in a 409 version conflict). */
  details?: Record<string, unknown>
  /** Response headers (e.g. Retry-After on a 429). */
  headers?: Record<string, string>
}

export class HttpError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly issues: ErrorIssue[] | undefined
  readonly extras: HttpErrorExtras

  constructor(
    statusCode: number,
    code: string,
    message: string,
    issues?: ErrorIssue[],
    extras: HttpErrorExtras = {},
  ) {
    super(message)
    this.name = 'HttpError'
    this.statusCode = statusCode
    this.code = code
    this.issues = issues
    this.extras = extras
  }
}

export function unitNotFound(code: string): HttpError {
  return new HttpError(404, 'unit_not_found', `Không tìm thấy đơn vị có mã "${code}".`)
}

export function indicatorNotFound(key: string): HttpError {
  return new HttpError(404, 'indicator_not_found', `Không tìm thấy chỉ tiêu có mã "${key}".`)
}

export function errorBody(code: string, message: string, issues?: ErrorIssue[]): ApiErrorBody {
  return { error: issues && issues.length > 0 ? { code, message, issues } : { code, message } }
}

export function unauthenticated(): HttpError {
  return new HttpError(401, 'unauthenticated', 'Cần đăng nhập.')
}

export function forbidden(message: string): HttpError {
  return new HttpError(403, 'forbidden', message)
}

/** 422: the request is well-formed but names something the data does not allow. */
export function unprocessable(code: string, message: string, issues?: ErrorIssue[]): HttpError {
  return new HttpError(422, code, message, issues)
}

export const INTERNAL_ERROR_MESSAGE = 'Lỗi máy chủ. Vui lòng thử lại sau ít phút.'
