// The one fetch wrapper: every request goes through here and fails with an ApiError whose
// message is Vietnamese and fit to show (the server already writes its messages in Vietnamese).
// Writes carry the session's CSRF token; a 401 outside /api/auth/ hands over to the sign-in page.
import {
  conflictErrorSchema,
  CSRF_HEADER,
  importConflictSchema,
  targetsConflictErrorSchema,
  type Report,
  type Targets,
} from '@ldld/db/contracts'
import { z } from 'zod'

/** One problem the server names: a field path (validation) or an indicator (report checks). */
export interface ApiIssue {
  message: string
  path?: string | undefined
  indicator?: string | undefined
  field?: string | undefined
  severity?: string | undefined
}

interface ApiErrorDetails {
  issues?: ApiIssue[]
  /** Seconds the server asks to wait (429 Too Many Requests). */
  retryAfter?: number | null
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly issues: ApiIssue[]
  readonly retryAfter: number | null

  constructor(status: number, code: string, message: string, details: ApiErrorDetails = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.issues = details.issues ?? []
    this.retryAfter = details.retryAfter ?? null
  }

  get isNotFound(): boolean {
    return this.status === 404
  }
}

/** 409 on a report: someone saved first; `current` is the report as it is now. */
export class ConflictError extends ApiError {
  readonly current: Report

  constructor(message: string, current: Report) {
    super(409, 'version_conflict', message)
    this.name = 'ConflictError'
    this.current = current
  }
}

/** 409 on the target grid: `units` moved on since it was read; `current` is the grid now. */
export class TargetsConflictError extends ApiError {
  readonly current: Targets
  readonly units: string[]

  constructor(message: string, current: Targets, units: string[]) {
    super(409, 'version_conflict', message)
    this.name = 'TargetsConflictError'
    this.current = current
    this.units = units
  }
}

/** 409 on an import: cells changed by someone since the preview; nothing was written. */
export class ImportConflictError extends ApiError {
  readonly cells: z.infer<typeof importConflictSchema>['error']['cells']

  constructor(message: string, cells: ImportConflictError['cells']) {
    super(409, 'import_conflict', message)
    this.name = 'ImportConflictError'
    this.cells = cells
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.isNotFound
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403
}

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.'
const FORMAT_MESSAGE = 'Máy chủ trả về dữ liệu không đúng định dạng. Vui lòng báo cho bộ phận kỹ thuật.'

// Lenient on purpose: validation issues name a path, report checks name an indicator.
const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(
        z.object({
          message: z.string(),
          path: z.string().optional(),
          indicator: z.string().optional(),
          field: z.string().optional(),
          severity: z.string().optional(),
        }),
      )
      .optional(),
    retryAfter: z.number().optional(),
  }),
})

let csrfToken: string | null = null
let onUnauthorized: (() => void) | null = null

/** The token from /api/auth/me or the sign-in answer; sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** Called when a request outside /api/auth/ answers 401 (session ended or never started). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler
}

function retryAfterOf(response: Response, fromBody: number | undefined): number | null {
  const header = Number(response.headers.get('retry-after'))
  if (Number.isFinite(header) && header > 0) return header
  return fromBody ?? null
}

function errorOf(path: string, response: Response, body: unknown): ApiError {
  if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.()
  if (response.status === 409) {
    const conflict = conflictErrorSchema.safeParse(body)
    if (conflict.success) return new ConflictError(conflict.data.error.message, conflict.data.error.current)
    const imported = importConflictSchema.safeParse(body)
    if (imported.success)
      return new ImportConflictError(imported.data.error.message, imported.data.error.cells)
    const grid = targetsConflictErrorSchema.safeParse(body)
    if (grid.success)
      return new TargetsConflictError(grid.data.error.message, grid.data.error.current, grid.data.error.units)
  }
  const parsed = errorBodySchema.safeParse(body)
  if (!parsed.success)
    return new ApiError(response.status, 'http_error', `Máy chủ báo lỗi (mã ${response.status}).`)
  const { code, message, issues, retryAfter } = parsed.data.error
  return new ApiError(response.status, code, message, {
    issues,
    retryAfter: retryAfterOf(response, retryAfter),
  })
}

async function request<S extends z.ZodType>(
  path: string,
  init: RequestInit,
  schema: S,
): Promise<z.output<S>> {
  let response: Response
  try {
    response = await fetch(path, init)
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw new ApiError(0, 'network', NETWORK_MESSAGE)
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) throw errorOf(path, response, body)
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', FORMAT_MESSAGE)
  return parsed.data
}

/** GET a JSON resource and validate it with its contract schema, so drift shows as an error, not a blank chart. */
export function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  return request(path, { signal, headers: { accept: 'application/json' } }, schema)
}

/** A file upload (multipart/form-data) with the CSRF header; the browser sets the boundary itself. */
export function apiUpload<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (csrfToken) headers[CSRF_HEADER] = csrfToken
  return request(path, { method: 'POST', headers, body: form }, schema)
}

/** A state-changing request: JSON body, the CSRF header, the answer validated like a GET. */
export function apiSend<S extends z.ZodType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: S,
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (csrfToken) headers[CSRF_HEADER] = csrfToken
  return request(
    path,
    { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
    schema,
  )
}
