// CSV as Excel and every other spreadsheet read it (README.md here, "CSV"):
// - UTF-8 with a byte-order mark, or Excel shows "Hai BÃ  TrÆ°ng";
// - comma separator and CRLF line ends (RFC 4180);
// - numbers as plain digits with a decimal point ("2352", "176.8"): no thousands dots, which a
//   spreadsheet would read as decimals or text; the .xlsx download is the locale-proof choice;
// - every text field quoted, inner quotes doubled, and text that a spreadsheet would run as a
//   formula (= + - @ at the start) prefixed with an apostrophe.
import type { ExportColumn, ExportTable, ExportValue } from './table-model.ts'

export const CSV_SEPARATOR = ','
export const CSV_MIME = 'text/csv;charset=utf-8'
const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/

function quote(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

function field(value: ExportValue, column: ExportColumn | undefined): string {
  if (value === null) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    // String(2352) is "2352" and String(176.8) "176.8": plain digits, never exponent notation
    // for the integers we hold (money up to 10^15 đồng).
    return column?.type === 'integer' || column?.type === 'year'
      ? Math.round(value).toString()
      : String(value)
  }
  return quote(value)
}

export function toCsv(table: ExportTable): string {
  const header = table.columns.map((column) => quote(column.header))
  const body = table.rows.map((row) => row.map((value, i) => field(value, table.columns[i])))
  return `${BOM}${[header, ...body].map((line) => line.join(CSV_SEPARATOR)).join('\r\n')}\r\n`
}

export function csvBlob(table: ExportTable): Blob {
  return new Blob([toCsv(table)], { type: CSV_MIME })
}
