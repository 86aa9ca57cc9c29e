// The columns of an accounts-in-bulk file: found by their header, whatever its spelling ("Mã đơn vị",
// "ma_don_vi", "Unit code"…); a file without them is refused with what it has instead.
import { BULK_COLUMNS, type BulkAccountRow } from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import type { Table } from '../files/read-table.ts'

type Column = keyof typeof BULK_COLUMNS

/** Header spellings, compared without diacritics, case, spaces or punctuation. */
const ALIASES: Record<Column, readonly string[]> = {
  unit: ['madonvi', 'donvi', 'macongdoan', 'unitcode', 'unit', 'code'],
  displayName: ['tenhienthi', 'hoten', 'hovaten', 'tencanbo', 'displayname', 'name'],
  username: ['tendangnhap', 'taikhoan', 'username', 'login'],
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** The file's rows as typed, by column; 400 naming the missing columns when the header is wrong. */
export function bulkRowsFromTable(table: Table): BulkAccountRow[] {
  const header = table.header.map(fold)
  const index = {} as Record<Column, number>
  const missing: string[] = []
  for (const column of Object.keys(ALIASES) as Column[]) {
    index[column] = header.findIndex((name) => ALIASES[column].includes(name))
    if (index[column] < 0) missing.push(`“${BULK_COLUMNS[column]}”`)
  }
  if (missing.length > 0) {
    const found = table.header.filter((h) => h !== '').map((h) => `“${h}”`)
    throw new HttpError(
      400,
      'wrong_columns',
      `Tệp thiếu cột ${missing.join(', ')}. Dòng đầu tiên phải là tên các cột: ${Object.values(BULK_COLUMNS).join(', ')}` +
        (found.length > 0 ? ` (tệp có: ${found.join(', ')}).` : ' (dòng đầu tiên đang trống).'),
    )
  }
  if (table.rows.length === 0)
    throw new HttpError(400, 'empty_file', 'Tệp chỉ có dòng tên cột, chưa có tài khoản nào.')
  return table.rows.map(({ row, cells }) => ({
    row,
    unit: cells[index.unit] ?? '',
    displayName: cells[index.displayName] ?? '',
    username: cells[index.username] ?? '',
  }))
}
