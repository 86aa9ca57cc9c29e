// The one fetch wrapper: every request goes through here and fails with an ApiError whose
// message is Vietnamese and fit to show (the server already writes its messages in Vietnamese).
// Writes carry the session's CSRF token; a 401 outside /api/auth/ hands over to the sign-in page.
import { CSRF_HEADER, type importConflictSchema, type Report, type Targets } from '@ldld/db/contracts'
import { z } from 'zod'
import { yieldToBrowser } from './yield-to-browser.ts'

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

/** How a request reaches the API: the browser's fetch, or the server's own when it renders a page. */
export type ApiTransport = (path: string, init: RequestInit) => Promise<Response>
let transport: ApiTransport = (path, init) => fetch(path, init)

/** Server rendering only (web/src/entry-server.tsx): answers come from the server in process. */
export function setApiTransport(next: ApiTransport): void {
  transport = next
}

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

async function errorOf(path: string, response: Response, body: unknown): Promise<ApiError> {
  if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.()
  if (response.status === 409) {
    // The write side's conflict shapes (a report, a target grid, an import) load with the first
    // conflict: a reader's first page does not build their schemas (issue 10 item 7).
    const { conflictOf } = await import('./api-conflicts.ts')
    const conflict = conflictOf(body)
    if (conflict) return conflict
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
    response = await transport(path, init)
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw new ApiError(0, 'network', NETWORK_MESSAGE)
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) throw await errorOf(path, response, body)
  const parsed = await parseInSlices(schema, body)
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', FORMAT_MESSAGE)
  return parsed.data as z.output<S>
}

/** Longer lists of an answer are checked this many items at a time. */
const SLICE = 150

type Checked = { success: true; data: unknown } | { success: false }

/**
 * The contract check of an answer, in slices: a year's dashboard holds a thousand cells or more, and
 * checking them in one go is a long task that blocks a slow phone (issue 10 item 7). The long lists of
 * an object answer are checked item by item, yielding to the browser between slices; the rest in one
 * go. The result is the schema's own (defaults filled, same errors), only not in one task.
 */
async function parseInSlices(schema: z.ZodType, body: unknown): Promise<Checked> {
  if (!(schema instanceof z.ZodObject) || typeof body !== 'object' || body === null || Array.isArray(body))
    return schema.safeParse(body)
  const record = body as Record<string, unknown>
  const shape = schema.shape as Record<string, z.ZodType>
  const long = Object.keys(shape).filter((key) => {
    const field = shape[key]
    const value = record[key]
    return (
      field instanceof z.ZodArray &&
      (field._zod.def.checks ?? []).length === 0 &&
      Array.isArray(value) &&
      value.length > SLICE
    )
  })
  if (long.length === 0) return schema.safeParse(body)
  let rest: z.ZodType
  try {
    const mask: Parameters<typeof schema.omit>[0] = Object.fromEntries(long.map((key) => [key, true]))
    rest = schema.omit(mask)
  } catch {
    return schema.safeParse(body) // an object with refinements cannot be split
  }
  const head = rest.safeParse(body)
  if (!head.success) return head
  const data = { ...(head.data as Record<string, unknown>) }
  for (const key of long) {
    const element = (shape[key] as z.ZodArray<z.ZodType>).element
    const items = record[key] as unknown[]
    const checked: unknown[] = []
    for (let from = 0; from < items.length; from += SLICE) {
      await yieldToBrowser()
      for (const item of items.slice(from, from + SLICE)) {
        const one = element.safeParse(item)
        if (!one.success) return one
        checked.push(one.data)
      }
    }
    data[key] = checked
  }
  return { success: true, data }
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
