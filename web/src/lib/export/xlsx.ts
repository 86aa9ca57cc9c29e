// Loaded on click only (with write-excel-file and fflate): the pages never pay for it up front.
import writeXlsxFile from 'write-excel-file/universal'
import type { Cell, Row } from 'write-excel-file/universal'
import type { ExportColumn, ExportTable, ExportValue } from './table-model.ts'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

// Number formats are stored in the file; Excel shows them with the reader's own separators
// (2.352 and 176,8 on a Vietnamese system).
const FORMATS: Record<ExportColumn['type'], string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '0.0',
  year: '0',
}

function cell(value: ExportValue, column: ExportColumn): Cell {
  if (value === null) return null
  if (typeof value === 'number') return { value, type: Number, format: FORMATS[column.type] }
  return { value, type: String }
}

export async function xlsxBlob(table: ExportTable): Promise<Blob> {
  const header: Row = table.columns.map((column) => ({
    value: column.header,
    fontWeight: 'bold',
    wrap: true,
  }))
  const rows: Row[] = table.rows.map((row) => table.columns.map((column, i) => cell(row[i] ?? null, column)))
  return writeXlsxFile([header, ...rows], {
    sheet: table.sheetName,
    columns: table.columns.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
  }).toBlob()
}
