// A workbook's figures, whatever its layout: the product's template, a long table (the dashboard's
// own CSV/XLSX downloads: unit, year, indicator, actual, target), or a sheet in another layout
// (units as rows, indicators as columns) read through a mapping the person confirms. Each value
// keeps its sheet and cell; what cannot be read is an error naming them. Nothing here reads stored
// figures: comparing with them is the preview's job.
import {
  existsInYear,
  foldText,
  IMPORT_MAX_LISTED_ERRORS,
  notInYearText,
  TEMPLATE_INFO_SHEET,
  TEMPLATE_MARK,
  unitFullName,
  type ImportField,
  type ImportIssue,
  type ImportLayout,
  type ImportMapping,
  type Indicator,
  type MappingColumn,
  type Period,
  type Qualifier,
} from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import { columnLetter, columnNumber, type Sheet, type SheetCell, type Workbook } from '../files/read-table.ts'
import type { OrganisationRow } from '../repositories/index.ts'
import {
  indicatorOfHeading,
  isTargetHeading,
  numberOfCell,
  qualifierOfNote,
  unitsNamed,
  type Catalogue,
} from './catalogue.ts'

/** One value a file (or text) gives for one field of one cell of a report. */
export interface FileValue {
  unit: string
  year: number
  indicator: string
  field: ImportField
  /** null clears the field (a blank template cell). */
  value: number | string | null
  /** Actuals: how the number is stated; absent keeps the stored qualifier when the number is unchanged. */
  qualifier?: Qualifier
  sheet: string | null
  cell: string | null
  /** Report text: the words, the period, a stated percentage, a derived target. */
  text?: {
    quote: string
    period: Period
    periodText: string | null
    statedPercent: number | null
    targetDerived: boolean
  }
  /** Report text: a target the saver may leave out when it is not theirs to set. */
  optional?: boolean
}

export interface FileRead {
  layout: ImportLayout
  values: FileValue[]
  errors: ImportIssue[]
  warnings: ImportIssue[]
  mapping: ImportMapping | null
  mappingConfirmed: boolean
  /** The template's report versions ("unit|year" → version) it was made from. */
  madeFrom: Map<string, number>
}

/** Collects issues, listing at most IMPORT_MAX_LISTED_ERRORS and counting the rest. */
export class Issues {
  readonly list: ImportIssue[] = []
  private more = 0
  add(sheet: string | null, cell: string | null, message: string): void {
    if (this.list.length < IMPORT_MAX_LISTED_ERRORS) this.list.push({ sheet, cell, message })
    else this.more += 1
  }
  done(): ImportIssue[] {
    return this.more === 0
      ? this.list
      : [...this.list, { sheet: null, cell: null, message: `… và ${this.more} lỗi khác cùng loại.` }]
  }
  get size(): number {
    return this.list.length + this.more
  }
}

type Role =
  | 'unitCode'
  | 'unitName'
  | 'year'
  | 'indicatorKey'
  | 'indicatorName'
  | 'actual'
  | 'target'
  | 'note'
  | 'source'

/** A heading's role in a long table (template or download), or null. */
function roleOf(heading: string): Role | null {
  const f = foldText(heading)
  if (f === 'madonvi' || f === 'madv' || f === 'ma') return 'unitCode'
  if (f === 'donvi' || f === 'tendonvi') return 'unitName'
  if (f === 'nam') return 'year'
  if (f === 'machitieu') return 'indicatorKey'
  if (f === 'chitieu' || f === 'tenchitieu' || f.startsWith('chitieudonvitinh')) return 'indicatorName'
  if (f.startsWith('chitieugiao')) return 'target'
  if (f.startsWith('thuchien')) return 'actual'
  if (f === 'ghichu') return 'note'
  if (f === 'nguon') return 'source'
  return null
}

interface LongHeader {
  row: number
  cols: Partial<Record<Role, number>>
}

function longHeader(sheet: Sheet): LongHeader | null {
  for (const row of sheet.rows.slice(0, 20)) {
    const cols: Partial<Record<Role, number>> = {}
    for (const cell of row.cells) {
      const role = roleOf(cell.text)
      if (role && cols[role] === undefined) cols[role] = cell.col
    }
    const unit = cols.unitCode ?? cols.unitName
    const indicator = cols.indicatorKey ?? cols.indicatorName
    if (unit && indicator && cols.year && (cols.actual || cols.target)) return { row: row.row, cols }
  }
  return null
}

const cellAt = (cells: Map<number, SheetCell>, col: number | undefined) =>
  col === undefined ? undefined : cells.get(col)

function yearOfCell(cell: SheetCell | undefined): number | null {
  const text = cell?.number !== null && cell?.number !== undefined ? String(cell.number) : (cell?.text ?? '')
  return /^(19|20)\d{2}$/.test(text.trim()) ? Number(text.trim()) : null
}

/** "Đơn vị X không hoạt động trong năm Y": the entry side's words. */
function validityProblem(unit: OrganisationRow, year: number): string | null {
  if (existsInYear(unit, year)) return null
  return notInYearText({ ...unit, name: unitFullName(unit) }, year)
}

function unitOfRow(
  catalogue: Catalogue,
  code: SheetCell | undefined,
  name: SheetCell | undefined,
  year: number,
): { unit: OrganisationRow } | { error: string; cell: SheetCell | undefined } {
  const given = code ?? name
  if (!given) return { error: 'Thiếu đơn vị (mã hoặc tên).', cell: undefined }
  const found = unitsNamed(catalogue, given.text, year)
  if (found.length === 0 && code && name) {
    const byName = unitsNamed(catalogue, name.text, year)
    if (byName.length === 1 && byName[0]) return { unit: byName[0] }
  }
  if (found.length === 0) return { error: `Không có đơn vị "${given.text}".`, cell: given }
  if (found.length > 1) {
    return {
      error: `Có ${found.length} đơn vị tên "${given.text}" (${found.map((u) => u.code).join(', ')}); hãy ghi mã đơn vị.`,
      cell: given,
    }
  }
  const unit = found[0] as OrganisationRow
  const problem = validityProblem(unit, year)
  return problem ? { error: problem, cell: given } : { unit }
}

function indicatorOfRow(
  catalogue: Catalogue,
  key: SheetCell | undefined,
  name: SheetCell | undefined,
): Indicator | string {
  if (key && catalogue.byKey.has(key.text)) return catalogue.byKey.get(key.text) as Indicator
  const label = name?.text ?? key?.text ?? ''
  const folded = foldText(label.replace(/\([^)]*\)\s*$/, ''))
  const found = catalogue.indicators.find(
    (i) => foldText(i.nameVi) === folded || foldText(i.shortNameVi) === folded || i.key === label,
  )
  if (found) return found
  const guessed = label === '' ? null : indicatorOfHeading(catalogue, label)
  if (guessed) return catalogue.byKey.get(guessed) as Indicator
  return label === '' ? 'Thiếu chỉ tiêu.' : `Không có chỉ tiêu "${label}".`
}

const CITY_ROW = /^toàn thành phố/iu

/** A long table: one row per unit × indicator (× year). Template cells left blank clear the field. */
function readLong(
  catalogue: Catalogue,
  sheet: Sheet,
  header: LongHeader,
  template: boolean,
  errors: Issues,
  warnings: Issues,
): FileValue[] {
  const { cols } = header
  const values: FileValue[] = []
  const where = sheet.name
  let illustrative = 0
  let cityRows = 0
  for (const row of sheet.rows) {
    if (row.row <= header.row) continue
    const cells = new Map(row.cells.map((c) => [c.col, c]))
    const code = cellAt(cells, cols.unitCode)
    const name = cellAt(cells, cols.unitName)
    if (!code && name && CITY_ROW.test(name.text)) {
      cityRows += 1
      continue
    }
    const yearCell = cellAt(cells, cols.year)
    const year = yearOfCell(yearCell)
    if (year === null) {
      errors.add(
        where,
        yearCell?.address ?? `${columnLetter(cols.year as number)}${row.row}`,
        `Năm "${yearCell?.text ?? ''}" không hợp lệ: ghi năm bốn chữ số, ví dụ 2026.`,
      )
      continue
    }
    const unit = unitOfRow(catalogue, code, name, year)
    if ('error' in unit) {
      const at = unit.cell?.address ?? `${columnLetter((cols.unitCode ?? cols.unitName) as number)}${row.row}`
      errors.add(where, at, unit.error)
      continue
    }
    const indicator = indicatorOfRow(
      catalogue,
      cellAt(cells, cols.indicatorKey),
      cellAt(cells, cols.indicatorName),
    )
    if (typeof indicator === 'string') {
      const at = `${columnLetter((cols.indicatorKey ?? cols.indicatorName) as number)}${row.row}`
      errors.add(where, at, indicator)
      continue
    }
    const source = cellAt(cells, cols.source)
    if (!template && source && /minh họa/iu.test(source.text.normalize('NFC'))) {
      illustrative += 1
      continue
    }
    const noteCell = cellAt(cells, cols.note)
    const qualifier = template ? undefined : qualifierOfNote(noteCell?.text.normalize('NFC'))
    const context = `${indicator.shortNameVi}, ${unitFullName(unit.unit)}, năm ${year}`
    for (const field of ['actual', 'target'] as const) {
      const col = cols[field]
      if (col === undefined) continue
      const cell = cells.get(col)
      if (!cell && !template) continue
      const read = numberOfCell(cell, indicator)
      const address = cell?.address ?? `${columnLetter(col)}${row.row}`
      if (!read.ok) {
        errors.add(where, address, `${context}: ${read.message}`)
        continue
      }
      values.push({
        unit: unit.unit.code,
        year,
        indicator: indicator.key,
        field,
        value: read.value,
        ...(field === 'actual' && qualifier !== undefined && read.value !== null ? { qualifier } : {}),
        sheet: where,
        cell: address,
      })
    }
    if (template && cols.note !== undefined) {
      values.push({
        unit: unit.unit.code,
        year,
        indicator: indicator.key,
        field: 'note',
        value: noteCell?.text ?? null,
        sheet: where,
        cell: noteCell?.address ?? `${columnLetter(cols.note)}${row.row}`,
      })
    }
  }
  if (illustrative > 0) {
    warnings.add(
      where,
      null,
      `Bỏ qua ${illustrative} dòng dữ liệu minh họa (cột "Nguồn"): số minh họa không được nhập thành số thật.`,
    )
  }
  if (cityRows > 0) warnings.add(where, null, `Bỏ qua ${cityRows} dòng cộng toàn thành phố (tự tính lại).`)
  return values
}

/** The template's information sheet: the report versions it was made from. */
function templateInfo(workbook: Workbook): Map<string, number> | null {
  const info = workbook.sheets.find((s) => s.name === TEMPLATE_INFO_SHEET)
  const first = info?.rows[0]?.cells[0]
  if (!info || first?.text !== TEMPLATE_MARK) return null
  const versions = new Map<string, number>()
  let inTable = false
  for (const row of info.rows) {
    const [a, b, , d] = row.cells
    if (a && foldText(a.text) === 'madonvi') {
      inTable = true
      continue
    }
    if (!inTable || !a || !b || !d) continue
    const year = Number(b.text)
    const version = d.number ?? Number(d.text)
    if (Number.isInteger(year) && Number.isInteger(version)) versions.set(`${a.text}|${year}`, version)
  }
  return versions
}

// ---------------------------------------------------------------------------------------------
// Another layout: units as rows, indicators as columns.

function yearIn(text: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text)
  return m ? Number(m[1]) : null
}

/** How the product reads a sheet in another layout; the person confirms or corrects it. */
export function proposeMapping(
  catalogue: Catalogue,
  workbook: Workbook,
  fallbackYear: number,
): ImportMapping {
  let best: { sheet: Sheet; row: number; matches: number } | null = null
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows.slice(0, 15)) {
      const matches = row.cells.filter((c) => indicatorOfHeading(catalogue, c.text) !== null).length
      if (matches > 0 && (!best || matches > best.matches)) best = { sheet, row: row.row, matches }
    }
  }
  if (!best) {
    throw new HttpError(
      422,
      'layout_unknown',
      'Không nhận ra cách trình bày của tệp: không có cột nào mang tên chỉ tiêu. Hãy dùng mẫu nhập của hệ thống (Tải mẫu), ' +
        'bảng dọc có các cột Mã đơn vị, Năm, Chỉ tiêu, Thực hiện, Chỉ tiêu giao, hoặc bảng có tên chỉ tiêu ở dòng tiêu đề.',
    )
  }
  const { sheet, row: headerRow } = best
  const header = sheet.rows.find((r) => r.row === headerRow)?.cells ?? []
  const body = sheet.rows.filter((r) => r.row > headerRow)
  const above = sheet.rows.filter((r) => r.row <= headerRow).flatMap((r) => r.cells.map((c) => c.text))
  const year = [sheet.name ?? '', ...above].map(yearIn).find((y) => y !== null) ?? fallbackYear
  const indicatorCols = new Set(
    header.filter((c) => indicatorOfHeading(catalogue, c.text) !== null).map((c) => c.col),
  )
  // The unit column: the column (not an indicator's) whose cells name the most units.
  const candidates = new Map<number, number>()
  for (const r of body) {
    for (const c of r.cells) {
      if (indicatorCols.has(c.col) || c.number !== null) continue
      if (unitsNamed(catalogue, c.text, year).length === 1)
        candidates.set(c.col, (candidates.get(c.col) ?? 0) + 1)
    }
  }
  const unitCol =
    [...candidates.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ??
    header.find((c) => !indicatorCols.has(c.col))?.col ??
    1
  const columns: MappingColumn[] = header
    .filter((c) => c.col !== unitCol)
    .map((c) => ({
      column: columnLetter(c.col),
      header: c.text,
      indicator: indicatorOfHeading(catalogue, c.text),
      field: isTargetHeading(c.text) ? 'target' : 'actual',
    }))
  const rows = body.flatMap((r) => {
    const cell = r.cells.find((c) => c.col === unitCol)
    if (!cell) return []
    const found = unitsNamed(catalogue, cell.text, year)
    return [{ row: r.row, label: cell.text, unit: found.length === 1 ? (found[0]?.code ?? null) : null }]
  })
  return {
    sheet: sheet.name ?? '',
    headerRow,
    unitColumn: columnLetter(unitCol),
    year,
    columns,
    rows,
  }
}

/** The values of a sheet read through a mapping; blank cells change nothing. */
export function readMapped(
  catalogue: Catalogue,
  workbook: Workbook,
  mapping: ImportMapping,
  errors: Issues,
  warnings: Issues,
): FileValue[] {
  const sheet = workbook.sheets.find((s) => (s.name ?? '') === mapping.sheet)
  if (!sheet) {
    throw new HttpError(422, 'invalid_mapping', `Tệp không có trang "${mapping.sheet}".`, [
      { path: 'mapping.sheet', message: 'Không có trang này.' },
    ])
  }
  const where = sheet.name
  const seen = new Set<string>()
  for (const col of mapping.columns) {
    if (col.indicator !== null && !catalogue.byKey.has(col.indicator)) {
      throw new HttpError(422, 'invalid_mapping', `Không có chỉ tiêu "${col.indicator}" (cột ${col.column}).`)
    }
    if (col.indicator === null) continue
    const key = `${col.indicator}|${col.field}`
    if (seen.has(key)) {
      errors.add(
        where,
        `${col.column}${mapping.headerRow}`,
        `Hai cột cùng ghép vào một chỉ tiêu (${col.indicator}).`,
      )
    }
    seen.add(key)
  }
  const rowsByNumber = new Map(sheet.rows.map((r) => [r.row, new Map(r.cells.map((c) => [c.col, c]))]))
  const values: FileValue[] = []
  const units = new Set<string>()
  for (const mapped of mapping.rows) {
    if (mapped.unit === null) {
      warnings.add(
        where,
        `${mapping.unitColumn}${mapped.row}`,
        `Bỏ qua dòng ${mapped.row} ("${mapped.label}"): chưa chọn đơn vị.`,
      )
      continue
    }
    const unit = catalogue.byCode.get(mapped.unit)
    const at = `${mapping.unitColumn}${mapped.row}`
    if (!unit) {
      errors.add(where, at, `Không có đơn vị mã "${mapped.unit}".`)
      continue
    }
    const problem = validityProblem(unit, mapping.year)
    if (problem) {
      errors.add(where, at, problem)
      continue
    }
    if (units.has(unit.code)) {
      errors.add(where, at, `${unitFullName(unit)} có hai dòng trong bảng; hãy giữ một.`)
      continue
    }
    units.add(unit.code)
    const cells = rowsByNumber.get(mapped.row) ?? new Map<number, SheetCell>()
    for (const col of mapping.columns) {
      if (col.indicator === null) continue
      const indicator = catalogue.byKey.get(col.indicator) as Indicator
      const cell = cells.get(columnNumber(col.column))
      if (!cell) continue
      const read = numberOfCell(cell, indicator)
      if (!read.ok) {
        errors.add(where, cell.address, `${indicator.shortNameVi}, ${unitFullName(unit)}: ${read.message}`)
        continue
      }
      values.push({
        unit: unit.code,
        year: mapping.year,
        indicator: indicator.key,
        field: col.field,
        value: read.value,
        sheet: where,
        cell: cell.address,
      })
    }
  }
  return values
}

/** Reads a workbook in whichever layout it is; a mapping given re-reads another layout with it. */
export function readFigures(
  catalogue: Catalogue,
  workbook: Workbook,
  options: { mapping?: ImportMapping; fallbackYear: number },
): FileRead {
  const errors = new Issues()
  const warnings = new Issues()
  if (!options.mapping) {
    const madeFrom = templateInfo(workbook)
    for (const sheet of workbook.sheets) {
      if (sheet.name === TEMPLATE_INFO_SHEET) continue
      const header = longHeader(sheet)
      if (!header) continue
      const template = madeFrom !== null
      const values: FileValue[] = []
      // A workbook may hold several long sheets (a template of every unit is one; downloads are one each).
      for (const s of workbook.sheets) {
        if (s.name === TEMPLATE_INFO_SHEET) continue
        const h = longHeader(s)
        if (h) values.push(...readLong(catalogue, s, h, template, errors, warnings))
      }
      return {
        layout: template ? 'template' : 'long',
        values,
        errors: errors.done(),
        warnings: warnings.done(),
        mapping: null,
        mappingConfirmed: true,
        madeFrom: madeFrom ?? new Map<string, number>(),
      }
    }
  }
  const mapping = options.mapping ?? proposeMapping(catalogue, workbook, options.fallbackYear)
  const values = readMapped(catalogue, workbook, mapping, errors, warnings)
  return {
    layout: 'mapped',
    values,
    errors: errors.done(),
    warnings: warnings.done(),
    mapping,
    mappingConfirmed: options.mapping !== undefined,
    madeFrom: new Map(),
  }
}
