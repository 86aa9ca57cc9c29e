// One table shape for every download: the CSV and the Excel writers both read it, so a table is
// described once (headers in Vietnamese, typed columns) and written the same way everywhere.

/**
 * `integer`/`decimal` columns hold numbers (never formatted text), so spreadsheets can add them up.
 * A `year` is a number written without a thousands separator (2021, never "2,021" or "2.021").
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'year'

export interface ExportColumn {
  header: string
  type: ColumnType
  /** Excel column width, in characters. */
  width: number
}

export type ExportValue = string | number | null

export interface ExportTable {
  /** File name without extension, ASCII (some mail and file-sharing tools mangle diacritics). */
  fileName: string
  /** Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  sheetName: string
  columns: ExportColumn[]
  rows: ExportValue[][]
}

/** "Hai Bà Trưng 2021" → "hai-ba-trung-2021": for file names only. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
