// The first worksheet of an .xlsx as text cells. Dates become YYYY-MM-DD, numbers keep a flag (a
// code typed as a number has lost its leading zeros), formulas count by their cached result, and a
// formula error (#REF!, #N/A …) or a formula without a result is reported by its cell.
import type ExcelJS from 'exceljs'
import { excelJs } from '../files/exceljs.ts'
import { HttpError } from '../errors.ts'
import { notSpreadsheet } from './unit-file-errors.ts'
import type { Grid, GridCell } from './unit-file.ts'

type Value = ExcelJS.CellValue

function isObject(value: Value): value is Exclude<Value, null | undefined | number | string | boolean> {
  return typeof value === 'object' && value !== null && !(value instanceof Date)
}

/** The cell as text, or an error message for the cell. */
function cellText(value: Value): GridCell | { error: string } {
  if (value === null || value === undefined) return { text: '', numeric: false }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), numeric: false }
  if (typeof value === 'number') return { text: String(value), numeric: true }
  if (typeof value === 'string') return { text: value, numeric: false }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', numeric: false }
  if (!isObject(value)) return { text: '', numeric: false }
  if ('error' in value) return { error: `lỗi ${String(value.error)}` }
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), numeric: false }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null) return { error: 'công thức chưa có kết quả' }
    if (typeof result === 'object' && !(result instanceof Date))
      return { error: `lỗi ${String(result.error)}` }
    return cellText(result)
  }
  if ('text' in value) return { text: String(value.text), numeric: false }
  return { text: '', numeric: false }
}

export async function readXlsxGrid(buffer: Buffer): Promise<Grid> {
  const workbook = new (await excelJs()).Workbook()
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  } catch {
    throw notSpreadsheet(': không mở được tệp Excel này')
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) throw new HttpError(422, 'empty_file', 'Tệp Excel không có dòng nào.')
  const grid: Grid = { format: 'xlsx', rows: [], issues: [] }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = []
    for (let col = 1; col <= row.cellCount; col += 1) {
      const cell = row.getCell(col)
      const read = cellText(cell.value)
      if ('error' in read) {
        grid.issues.push({
          row: rowNumber,
          col,
          message: `Ô ${cell.address} có ${read.error}: hãy nhập giá trị.`,
        })
        cells.push({ text: '', numeric: false })
      } else cells.push(read)
    }
    grid.rows.push({ row: rowNumber, cells })
  })
  return grid
}
