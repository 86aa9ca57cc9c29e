// The one fetch wrapper: every request goes through here and fails with an ApiError whose
// message is Vietnamese and fit to show (the server already writes its messages in Vietnamese).
import { errorSchema } from '@ldld/db/contracts'
import type { z } from 'zod'

export class ApiError extends Error {
  readonly status: number
  readonly code: string

  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }

  get isNotFound(): boolean {
    return this.status === 404
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.isNotFound
}

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.'
const FORMAT_MESSAGE = 'Máy chủ trả về dữ liệu không đúng định dạng. Vui lòng báo cho bộ phận kỹ thuật.'

/** GET a JSON resource and validate it with its contract schema, so drift shows as an error, not a blank chart. */
export async function apiGet<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  let response: Response
  try {
    response = await fetch(path, { signal, headers: { accept: 'application/json' } })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new ApiError(0, 'network', NETWORK_MESSAGE)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const parsed = errorSchema.safeParse(body)
    if (parsed.success) throw new ApiError(response.status, parsed.data.error.code, parsed.data.error.message)
    throw new ApiError(response.status, 'http_error', `Máy chủ báo lỗi (mã ${response.status}).`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', FORMAT_MESSAGE)
  return parsed.data
}
