// From a grid of text cells to unit drafts: headings matched in Vietnamese or English, kinds and
// types in words or codes, dates as 2025-10-01 or 1/10/2025. Every problem names its row and column.
import {
  ADMIN_TYPE_WORDS_IN_FILE,
  foldText,
  ORG_KIND_WORDS,
  isUnitCode,
  UNIT_CODE_RULE,
  UNIT_FILE_COLUMNS,
  UNIT_FILE_HEADINGS,
  type UnitFileColumn,
  type UnitImportIssue,
} from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import type { Grid, GridCell } from './unit-file.ts'
import type { UnitDraft } from './unit-rules.ts'

export interface FileUnit extends UnitDraft {
  row: number
  /** Codes of units whose members it took over; undefined when the file has no such column. */
  predecessors: string[] | undefined
}

export interface ParsedFile {
  format: Grid['format']
  units: FileUnit[]
  issues: UnitImportIssue[]
  hasPredecessors: boolean
  /** Data rows that are not blank. */
  rows: number
}

export const COLUMN_HEADING: Record<UnitFileColumn, string> = Object.fromEntries(
  UNIT_FILE_COLUMNS.map((c) => [c.key, c.heading]),
) as Record<UnitFileColumn, string>

function lookup<K extends string>(words: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>()
  for (const [key, list] of Object.entries(words) as Array<[K, readonly string[]]>) {
    for (const word of list) map.set(foldText(word), key)
  }
  return map
}
const HEADINGS = lookup(UNIT_FILE_HEADINGS)
const KINDS = lookup(ORG_KIND_WORDS)
const ADMIN_TYPES = lookup(ADMIN_TYPE_WORDS_IN_FILE)

/** Which column of the grid holds which field; refuses a file without a required heading. */
function mapHeadings(headings: readonly GridCell[]): Map<UnitFileColumn, number> {
  const columns = new Map<UnitFileColumn, number>()
  headings.forEach((cell, i) => {
    const key = HEADINGS.get(foldText(cell.text))
    if (key && !columns.has(key)) columns.set(key, i)
  })
  const missing = UNIT_FILE_COLUMNS.filter((c) => c.required && !columns.has(c.key))
  if (missing.length > 0) {
    const names = missing.map((c) => `"${c.heading}" (${UNIT_FILE_HEADINGS[c.key].at(-1) ?? c.key})`)
    throw new HttpError(422, 'missing_columns', `Dòng 1 của tệp thiếu cột ${names.join(', ')}.`, [
      ...missing.map((c) => ({ path: c.key, message: `Thiếu cột "${c.heading}".` })),
    ])
  }
  return columns
}

/** 2025-10-01 or 1/10/2025 (Vietnamese day/month order), and only a real calendar day. */
export function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const vn = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : []
  if (!y || !m || !d) return null
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  const out = date.toISOString().slice(0, 10)
  return Number(m) === date.getUTCMonth() + 1 && Number(d) === date.getUTCDate() ? out : null
}

type Reader = (column: UnitFileColumn) => GridCell

function readUnit(
  row: number,
  cell: Reader,
  issue: (c: UnitFileColumn, m: string) => void,
  hasPredecessors: boolean,
) {
  const text = (c: UnitFileColumn) => cell(c).text.normalize('NFC').trim().replace(/\s+/g, ' ')
  const code = text('code')
  if (code === '') issue('code', 'Thiếu mã đơn vị.')
  else if (cell('code').numeric)
    issue('code', `Mã "${code}" đang là số nên đã mất số 0 ở đầu: định dạng cột Mã là Văn bản (Text).`)
  else if (!isUnitCode(code)) issue('code', `Mã "${code}" không hợp lệ. ${UNIT_CODE_RULE}`)
  const name = text('name')
  if (name.length < 2 || name.length > 100) issue('name', 'Tên đơn vị cần từ 2 đến 100 ký tự.')
  // A name a spreadsheet would run as a formula is never stored, so an export cannot carry one.
  else if (/^[=+@-]/.test(name)) issue('name', 'Tên đơn vị không được bắt đầu bằng =, +, - hoặc @.')
  const kind = KINDS.get(foldText(text('kind')))
  if (!kind)
    issue(
      'kind',
      `Loại đơn vị "${text('kind')}" không rõ: dùng ${Object.values(ORG_KIND_WORDS)
        .map((w) => `"${w[0] ?? ''}"`)
        .join(', ')}.`,
    )
  const typeText = text('adminType')
  const adminType = typeText === '' ? null : ADMIN_TYPES.get(foldText(typeText))
  if (adminType === undefined)
    issue(
      'adminType',
      `Cấp hành chính "${typeText}" không rõ: dùng quận, huyện, thị xã, phường, xã hoặc để trống.`,
    )
  const validFrom = parseDate(text('validFrom'))
  if (!validFrom)
    issue('validFrom', `Ngày bắt đầu "${text('validFrom')}" không hợp lệ: viết 2025-10-01 hoặc 1/10/2025.`)
  const toText = text('validTo')
  const validTo = toText === '' ? null : parseDate(toText)
  if (validTo === null && toText !== '')
    issue('validTo', `Ngày kết thúc "${toText}" không hợp lệ: viết 2025-06-30 hoặc 30/6/2025.`)
  const predecessors = hasPredecessors
    ? text('predecessors')
        .split(/[\s,;]+/)
        .filter(Boolean)
    : undefined
  for (const p of predecessors ?? [])
    if (!isUnitCode(p)) issue('predecessors', `Mã tiền thân "${p}" không hợp lệ.`)
  if (!kind || adminType === undefined || !validFrom) return null
  const parentText = text('parent')
  return {
    row,
    code,
    name,
    kind,
    adminType,
    parentCode: parentText === '' ? null : parentText,
    validFrom,
    validTo,
    predecessors,
  }
}

export function parseUnitRows(grid: Grid): ParsedFile {
  const [headingRow, ...dataRows] = grid.rows
  if (!headingRow || dataRows.length === 0)
    throw new HttpError(422, 'empty_file', 'Tệp không có dòng đơn vị nào dưới dòng tiêu đề.')
  const columns = mapHeadings(headingRow.cells)
  const hasPredecessors = columns.has('predecessors')
  const columnOf = new Map([...columns].map(([key, i]) => [i + 1, key]))
  const issues: UnitImportIssue[] = grid.issues.map(({ row, col, message }) => ({
    row,
    column: COLUMN_HEADING[columnOf.get(col) ?? 'code'],
    code: null,
    message,
  }))
  const units: FileUnit[] = []
  let rows = 0
  for (const { row, cells } of dataRows) {
    const cell: Reader = (c) => cells[columns.get(c) ?? -1] ?? { text: '', numeric: false }
    if (cells.every((c) => c.text.trim() === '')) continue
    rows += 1
    const rowIssues: UnitImportIssue[] = []
    const code = cell('code').text.trim() || null
    const unit = readUnit(
      row,
      cell,
      (c, message) => rowIssues.push({ row, column: COLUMN_HEADING[c], code, message }),
      hasPredecessors,
    )
    issues.push(...rowIssues)
    if (unit && rowIssues.length === 0) units.push(unit)
  }
  return { format: grid.format, units, issues, hasPredecessors, rows }
}
