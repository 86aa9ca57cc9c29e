// Rows of an uploaded spreadsheet, CSV or XLSX, as trimmed text: the admin's imports read these.
// CSV: UTF-8 (a byte-order mark is dropped), comma, semicolon (what a Vietnamese-locale Excel writes)
// or tab, told from the header line. XLSX: the first worksheet, each cell as Excel shows it. Every
// cell stays text, so "007" keeps its zeros. Anything else is refused with a Vietnamese message.
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { HttpError } from '../errors.ts'

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
  const workbook = new ExcelJS.Workbook()
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
  const workbook = new ExcelJS.Workbook()
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
