// File-level refusals of an upload, with the messages an administrator reads.
import { UNIT_FILE_MAX_BYTES, UNIT_FILE_MAX_ROWS } from '@ldld/db/contracts'
import { formatNumber } from '@ldld/db/format'
import { HttpError } from '../errors.ts'

const MB = Math.round(UNIT_FILE_MAX_BYTES / 1024 / 1024)

export function notSpreadsheet(detail = ''): HttpError {
  return new HttpError(
    415,
    'not_a_spreadsheet',
    `Tệp không phải bảng tính CSV hoặc Excel (.xlsx)${detail}. Hãy tải lên danh sách đơn vị dạng .csv hoặc .xlsx.`,
  )
}

export function fileTooLarge(): HttpError {
  return new HttpError(413, 'file_too_large', `Tệp quá lớn: danh sách đơn vị tối đa ${MB} MB.`)
}

export function tooManyRows(): HttpError {
  return new HttpError(
    422,
    'too_many_rows',
    `Tệp có hơn ${formatNumber(UNIT_FILE_MAX_ROWS)} dòng: không phải một danh sách đơn vị.`,
  )
}
