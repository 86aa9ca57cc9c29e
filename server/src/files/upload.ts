// One uploaded file plus a few text fields from a multipart/form-data request, with the
// multipart plugin's refusals (not multipart, too big, too many parts) turned into our error shape.
// The file is streamed against its limit: a 50 MB upload is cut off at the limit, never buffered.
import { UNIT_FILE_MAX_BYTES } from '@ldld/db/contracts'
import type { FastifyRequest } from 'fastify'
import { HttpError } from '../errors.ts'
import { fileTooLarge } from '../admin/unit-file-errors.ts'

export interface Upload {
  file: Buffer
  filename: string
  fields: Record<string, string>
}

export interface UploadOptions {
  maxBytes: number
  /** The 413's words ("Tệp quá lớn: …"). */
  tooLarge: () => HttpError
  /** The 400's words when no file came. */
  missing: string
}

const UNIT_LIST: UploadOptions = {
  maxBytes: UNIT_FILE_MAX_BYTES,
  tooLarge: fileTooLarge,
  missing: 'Chưa chọn tệp danh sách đơn vị (trường "file").',
}

function refusal(error: unknown, options: UploadOptions): HttpError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'FST_REQ_FILE_TOO_LARGE') return options.tooLarge()
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new HttpError(
      415,
      'unsupported_media_type',
      'Hãy gửi tệp dạng multipart/form-data (trường "file").',
    )
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new HttpError(413, 'too_many_parts', 'Chỉ gửi một tệp và các trường cần thiết.')
  }
  return null
}

export async function readUpload(
  request: FastifyRequest,
  options: UploadOptions = UNIT_LIST,
): Promise<Upload> {
  let file: Buffer | null = null
  let filename = ''
  const fields: Record<string, string> = {}
  try {
    const parts = request.parts({ limits: { fileSize: options.maxBytes, files: 1, fields: 5, parts: 6 } })
    for await (const part of parts) {
      if (part.type === 'file') {
        file = await part.toBuffer()
        filename = part.filename
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value
    }
  } catch (error) {
    throw refusal(error, options) ?? error
  }
  if (!file) throw new HttpError(400, 'missing_file', options.missing)
  return { file, filename, fields }
}
