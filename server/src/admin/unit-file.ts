// Reads an uploaded unit list into a grid of text cells, whatever it was: CSV (UTF-8, comma or
// semicolon, as Vietnamese-locale Excel saves it) or XLSX. What is not a spreadsheet, too big, or a
// zip bomb is refused here with a Vietnamese message, before any row is looked at.
import { parse } from 'csv-parse/sync'
import { UNIT_FILE_MAX_BYTES, UNIT_FILE_MAX_ROWS, type UnitImportIssue } from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import { fileTooLarge, notSpreadsheet, tooManyRows } from './unit-file-errors.ts'
import { readXlsxGrid } from './unit-file-xlsx.ts'
import { checkZip } from '../files/zip-guard.ts'

export interface GridCell {
  text: string
  /** A number cell of a spreadsheet: a code typed as a number has lost its leading zeros. */
  numeric: boolean
}

export interface Grid {
  format: 'csv' | 'xlsx'
  /** rows[0] is the heading row; `row` is the number a spreadsheet shows (1 for the headings). */
  rows: Array<{ row: number; cells: GridCell[] }>
  /** Cells that could not be read (formula errors), by row and column number. */
  issues: Array<Omit<UnitImportIssue, 'code' | 'column'> & { col: number }>
}

const startsWith = (buffer: Buffer, bytes: readonly number[]) => bytes.every((b, i) => buffer[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // Excel 97–2003 .xls

/** Control bytes no text file has (NUL, ESC …; tab, line breaks and form feed are fine): a binary file. */
function looksBinary(buffer: Buffer): boolean {
  return buffer
    .subarray(0, 1024)
    .some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d)
}

function readCsv(buffer: Buffer): Grid {
  if (looksBinary(buffer)) throw notSpreadsheet()
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    throw new HttpError(
      422,
      'not_utf8',
      'Tệp CSV không ở bảng mã UTF-8. Trong Excel chọn "Lưu thành" → "CSV UTF-8 (phân tách bằng dấu phẩy)".',
    )
  }
  text = text.replace(/^\uFEFF/, '')
  const heading = text.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = (heading.match(/;/g)?.length ?? 0) > (heading.match(/,/g)?.length ?? 0) ? ';' : ','
  let records: string[][]
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: UNIT_FILE_MAX_ROWS + 2,
    })
  } catch (error) {
    const where = error instanceof Error && 'lines' in error ? ` (quanh dòng ${String(error.lines)})` : ''
    throw new HttpError(422, 'invalid_csv', `Tệp CSV sai định dạng${where}: kiểm tra dấu ngoặc kép.`)
  }
  if (records.length > UNIT_FILE_MAX_ROWS + 1) throw tooManyRows()
  return {
    format: 'csv',
    rows: records.map((cells, i) => ({ row: i + 1, cells: cells.map((t) => ({ text: t, numeric: false })) })),
    issues: [],
  }
}

export async function readGrid(buffer: Buffer): Promise<Grid> {
  if (buffer.length === 0) throw new HttpError(422, 'empty_file', 'Tệp trống.')
  if (buffer.length > UNIT_FILE_MAX_BYTES) throw fileTooLarge()
  if (startsWith(buffer, OLE)) {
    throw notSpreadsheet(': đây là tệp Excel 97–2003 (.xls), hãy lưu lại thành .xlsx')
  }
  if (!startsWith(buffer, ZIP)) return readCsv(buffer)
  const verdict = await checkZip(buffer)
  if (verdict === 'too_large') {
    throw new HttpError(
      422,
      'zip_bomb',
      'Tệp Excel bung ra quá lớn so với một danh sách đơn vị (có thể là tệp nén độc hại); không đọc tệp này.',
    )
  }
  if (verdict !== 'ok')
    throw notSpreadsheet(verdict === 'not_xlsx' ? ': tệp nén này không phải tệp Excel' : '')
  const grid = await readXlsxGrid(buffer)
  if (grid.rows.length > UNIT_FILE_MAX_ROWS + 1) throw tooManyRows()
  return grid
}
