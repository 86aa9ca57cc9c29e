// Uploaded spreadsheets. `readTable`: rows of a CSV or XLSX as trimmed text (bulk accounts).
// `readWorkbook` (below): every sheet cell by cell, with the refusals figure imports need.
// CSV: UTF-8 (a byte-order mark is dropped), comma, semicolon (what a Vietnamese-locale Excel writes)
// or tab, told from the header line. XLSX: the first worksheet, each cell as Excel shows it. Every
// cell stays text, so "007" keeps its zeros. Anything else is refused with a Vietnamese message.
import { Readable } from 'node:stream'
import { parse as parseCsv } from 'csv-parse/sync'
import { formatNumber } from '@ldld/db/format'
import type ExcelJS from 'exceljs'
import { excelJs } from './exceljs.ts'
import { HttpError } from '../errors.ts'
import { checkZip } from './zip-guard.ts'

export interface TableRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number
  cells: string[]
}

export interface Table {
  header: string[]
  rows: TableRow[]
}

function notASpreadsheet(): HttpError {
  return new HttpError(
    400,
    'not_a_spreadsheet',
    'Tệp không phải bảng tính CSV (UTF-8) hoặc Excel .xlsx. Hãy lưu tệp từ Excel bằng "Lưu thành" → Excel Workbook (.xlsx) hoặc CSV UTF-8.',
  )
}

function tooManyRows(maxRows: number): HttpError {
  return new HttpError(400, 'too_many_rows', `Tệp có quá nhiều dòng: tối đa ${maxRows} dòng mỗi lần.`)
}

const isZip = (bytes: Buffer) => bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))

function worksheetRows(sheet: ExcelJS.Worksheet, maxRows: number): Table {
  if (sheet.actualRowCount > maxRows + 1) throw tooManyRows(maxRows)
  const lines: TableRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = []
    for (let i = 1; i <= Math.max(row.cellCount, 1); i += 1) cells.push(row.getCell(i).text.trim())
    if (cells.some((cell) => cell !== '')) lines.push({ row: number, cells })
  })
  const [head, ...rows] = lines
  return { header: head?.cells ?? [], rows }
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const)
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

async function readCsv(bytes: Buffer, maxRows: number): Promise<Table> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw notASpreadsheet()
  }
  if (text.includes('\u0000') || text.trim() === '') throw notASpreadsheet()
  if (text.split('\n').length > maxRows + 2) throw tooManyRows(maxRows)
  const workbook = new (await excelJs()).Workbook()
  const sheet = await workbook.csv
    .read(Readable.from([text]), {
      // fast-csv hands over strings; keep them as they are (no number or date guessing).
      map: (value: unknown) => (typeof value === 'string' ? value : ''),
      parserOptions: { delimiter: delimiterOf(text) },
    })
    .catch(() => {
      throw notASpreadsheet()
    })
  return worksheetRows(sheet, maxRows)
}

async function readXlsx(bytes: Buffer, maxRows: number): Promise<Table> {
  const workbook = new (await excelJs()).Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw notASpreadsheet()
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw notASpreadsheet()
  return worksheetRows(sheet, maxRows)
}

/** The header and the non-empty rows of a CSV or XLSX file. */
export async function readTable(bytes: Buffer, maxRows: number): Promise<Table> {
  return isZip(bytes) ? readXlsx(bytes, maxRows) : readCsv(bytes, maxRows)
}

// ---------------------------------------------------------------------------------------------
// Whole workbooks, cell by cell (figure imports, issue 9): every sheet, each cell with its address,
// its text, its number when the spreadsheet holds one, and its formula error. Refused before any
// cell is read: an empty file, one over `maxBytes`, an .xls, anything neither CSV nor XLSX, an
// archive that inflates past `maxInflated` or holds too many entries (a zip bomb), too many rows.

export interface SheetCell {
  /** Column number, 1-based. */
  col: number
  /** "D7". */
  address: string
  /** As the cell shows it (a formula: its cached result); '' when empty or in error. */
  text: string
  /** The number an XLSX cell holds (a typed or computed number); null for text and CSV cells. */
  number: number | null
  /** "#REF!", "#N/A", or "công thức chưa có kết quả". */
  error: string | null
}

export interface SheetRow {
  row: number
  /** Non-empty cells only, in column order. */
  cells: SheetCell[]
}

export interface Sheet {
  /** The worksheet's name; null for a CSV file (one sheet with no name). */
  name: string | null
  rows: SheetRow[]
}

export interface Workbook {
  format: 'csv' | 'xlsx'
  sheets: Sheet[]
}

export interface WorkbookLimits {
  maxBytes: number
  maxRows: number
  /** What an XLSX may inflate to. */
  maxInflated: number
}

/** "A", "Z", "AA" … for a 1-based column number. */
export function columnLetter(col: number): string {
  let n = col
  let letters = ''
  while (n > 0) {
    const r = (n - 1) % 26
    letters = String.fromCharCode(65 + r) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** 1-based column number of "A", "AA" …. */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0])

function refusedFile(detail = ''): HttpError {
  return new HttpError(
    415,
    'not_a_spreadsheet',
    `Tệp không phải bảng tính Excel (.xlsx) hoặc CSV${detail}. Hãy tải lên tệp .xlsx (hoặc .csv UTF-8).`,
  )
}

function workbookTooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    'file_too_large',
    `Tệp quá lớn: tối đa ${Math.round(maxBytes / 1024 / 1024)} MB. Hãy chia thành nhiều tệp.`,
  )
}

function workbookTooManyRows(maxRows: number): HttpError {
  return new HttpError(
    422,
    'too_many_rows',
    `Tệp có quá nhiều dòng: tối đa ${formatNumber(maxRows)} dòng mỗi lần; hãy chia thành nhiều tệp.`,
  )
}

type Value = ExcelJS.CellValue

function cellOf(value: Value, col: number, address: string): SheetCell | null {
  const base = { col, address, text: '', number: null, error: null }
  if (value === null || value === undefined) return null
  if (value instanceof Date) return { ...base, text: value.toISOString().slice(0, 10) }
  if (typeof value === 'number') return { ...base, text: String(value), number: value }
  if (typeof value === 'string') return value.trim() === '' ? null : { ...base, text: value.trim() }
  if (typeof value === 'boolean') return { ...base, text: value ? 'TRUE' : 'FALSE' }
  if (typeof value !== 'object') return null
  if ('error' in value) return { ...base, error: String(value.error) }
  if ('richText' in value) {
    const text = value.richText
      .map((r) => r.text)
      .join('')
      .trim()
    return text === '' ? null : { ...base, text }
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null) return { ...base, error: 'công thức chưa có kết quả' }
    if (typeof result === 'object' && !(result instanceof Date))
      return { ...base, error: String(result.error) }
    return cellOf(result, col, address)
  }
  if ('text' in value) return { ...base, text: String(value.text).trim() }
  return null
}

async function xlsxWorkbook(bytes: Buffer, limits: WorkbookLimits): Promise<Workbook> {
  const verdict = await checkZip(bytes, limits.maxInflated)
  if (verdict === 'too_large') {
    throw new HttpError(
      422,
      'zip_bomb',
      'Tệp Excel bung ra quá lớn so với một bảng số liệu (có thể là tệp nén độc hại); không đọc tệp này.',
    )
  }
  if (verdict !== 'ok') throw refusedFile(verdict === 'not_xlsx' ? ': tệp nén này không phải tệp Excel' : '')
  const workbook = new (await excelJs()).Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw refusedFile(': không mở được tệp Excel này')
  }
  let total = 0
  const sheets: Sheet[] = []
  for (const ws of workbook.worksheets) {
    total += ws.actualRowCount
    if (total > limits.maxRows) throw workbookTooManyRows(limits.maxRows)
    const rows: SheetRow[] = []
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: SheetCell[] = []
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const read = cellOf(cell.value, col, `${columnLetter(col)}${number}`)
        if (read) cells.push(read)
      })
      if (cells.length > 0) rows.push({ row: number, cells })
    })
    sheets.push({ name: ws.name, rows })
  }
  return { format: 'xlsx', sheets }
}

function csvWorkbook(bytes: Buffer, maxRows: number): Workbook {
  if (bytes.subarray(0, 1024).some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d))
    throw refusedFile()
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new HttpError(
      422,
      'not_utf8',
      'Tệp CSV không ở bảng mã UTF-8. Trong Excel chọn "Lưu thành" → "CSV UTF-8 (phân tách bằng dấu phẩy)", hoặc tải lên tệp .xlsx.',
    )
  }
  text = text.replace(/^\uFEFF/, '')
  if (text.split('\n').length > maxRows + 2) throw workbookTooManyRows(maxRows)
  let records: string[][]
  try {
    records = parseCsv(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    })
  } catch (error) {
    const where = error instanceof Error && 'lines' in error ? ` (quanh dòng ${String(error.lines)})` : ''
    throw new HttpError(422, 'invalid_csv', `Tệp CSV sai định dạng${where}: kiểm tra dấu ngoặc kép.`)
  }
  const rows: SheetRow[] = []
  records.forEach((record, i) => {
    const cells = record.flatMap((raw, c): SheetCell[] => {
      const t = raw.trim()
      return t === ''
        ? []
        : [{ col: c + 1, address: `${columnLetter(c + 1)}${i + 1}`, text: t, number: null, error: null }]
    })
    if (cells.length > 0) rows.push({ row: i + 1, cells })
  })
  return { format: 'csv', sheets: [{ name: null, rows }] }
}

/** Every sheet of an uploaded XLSX or CSV, cell by cell, after the file-level refusals. */
export async function readWorkbook(bytes: Buffer, limits: WorkbookLimits): Promise<Workbook> {
  if (bytes.length === 0) throw new HttpError(422, 'empty_file', 'Tệp trống.')
  if (bytes.length > limits.maxBytes) throw workbookTooLarge(limits.maxBytes)
  if (bytes.subarray(0, 4).equals(OLE)) {
    throw refusedFile(': đây là tệp Excel 97–2003 (.xls), hãy mở bằng Excel và lưu lại thành .xlsx')
  }
  return isZip(bytes) ? xlsxWorkbook(bytes, limits) : csvWorkbook(bytes, limits.maxRows)
}
