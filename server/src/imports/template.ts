// GET /api/templates/{year}.xlsx: the form to fill in Excel, for one unit (an officer's own) or for
// every unit reporting that year (city staff). One row per unit × indicator of the year's plan, keys
// beside names (nothing depends on names), last year's result and this year's target beside the
// cells to fill, and only the cells this user may write left unlocked. The information sheet names
// the report versions it was made from; an upload of it is read as the template (round trip exact).
import type ExcelJS from 'exceljs'
import { excelJs } from '../files/exceljs.ts'
import {
  MAX_COUNT,
  MAX_MONEY,
  REPORT_STATUS_LABELS,
  takesTargetsIn,
  TEMPLATE_HEADINGS,
  TEMPLATE_INFO_SHEET,
  TEMPLATE_MARK,
  unitFullName,
  type Indicator,
} from '@ldld/db/contracts'
import type { AuthUser } from '../auth/service.ts'
import { abilities } from '../entry/permissions.ts'
import { unitFigures } from '../entry/report-view.ts'
import { indicatorsOfYear } from '../reports/cells.ts'
import type { OrganisationRow, Repositories } from '../repositories/index.ts'

const HEADER_ROW = 4
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }
const OPEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } }

function validation(ind: Indicator): ExcelJS.DataValidation {
  const count = ind.unitKind === 'count'
  return {
    type: count ? 'whole' : 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, count ? MAX_COUNT : MAX_MONEY],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Số không hợp lệ',
    error: count
      ? `Nhập số nguyên không âm (${ind.unitLabel}), ví dụ 2352.`
      : 'Nhập số tiền bằng đồng, không âm, ví dụ 1250300000.',
  }
}

export interface TemplateOptions {
  repos: Repositories
  user: AuthUser
  year: number
  units: OrganisationRow[]
  madeAt: Date
}

export async function templateWorkbook({
  repos,
  user,
  year,
  units,
  madeAt,
}: TemplateOptions): Promise<Buffer> {
  const plan = indicatorsOfYear(repos.indicators.list(), year)
  const workbook = new (await excelJs()).Workbook()
  workbook.creator = 'Chỉ tiêu Công đoàn'
  workbook.created = madeAt
  const sheet = workbook.addWorksheet(`Số liệu ${year}`, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
  })
  const info = workbook.addWorksheet(TEMPLATE_INFO_SHEET)

  sheet.columns = [
    { key: 'unit', width: 11 },
    { key: 'unitName', width: 36 },
    { key: 'indicator', width: 22 },
    { key: 'indicatorName', width: 46 },
    { key: 'year', width: 7 },
    { key: 'previous', width: 18 },
    { key: 'target', width: 18 },
    { key: 'actual', width: 18 },
    { key: 'note', width: 44 },
  ]
  sheet.getCell('A1').value = `Mẫu nhập số liệu năm ${year}`
  sheet.getCell('A1').font = { bold: true, size: 14 }
  sheet.getCell('A2').value =
    'Điền vào các ô nền vàng (ô xám là số tham khảo, không sửa được). Số ghi bằng chữ số, không dấu phân cách: ' +
    'tiền tính bằng đồng. Để trống một ô đã có số là xóa số đó. Không thêm, xóa hay đổi thứ tự cột; ' +
    'tải lên tại trang "Nhập từ Excel" để xem trước các thay đổi trước khi lưu.'
  sheet.getCell('A2').alignment = { wrapText: false }
  const header = sheet.getRow(HEADER_ROW)
  header.values = [
    TEMPLATE_HEADINGS.unit,
    TEMPLATE_HEADINGS.unitName,
    TEMPLATE_HEADINGS.indicator,
    TEMPLATE_HEADINGS.indicatorName,
    TEMPLATE_HEADINGS.year,
    TEMPLATE_HEADINGS.previous(year),
    TEMPLATE_HEADINGS.target(year),
    TEMPLATE_HEADINGS.actual(year),
    TEMPLATE_HEADINGS.note,
  ]
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'middle' }
  header.height = 32

  const versions: Array<[string, number, string, number]> = []
  let r = HEADER_ROW + 1
  for (const unit of units) {
    const scope = { unit, year, plan }
    const figures = unitFigures(repos, scope)
    const report = repos.reports.find(unit.id, year)
    const status = report?.status ?? 'draft'
    versions.push([unit.code, year, REPORT_STATUS_LABELS[status], report?.version ?? 0])
    const can = abilities(user, unit.code, status)
    const targetsOpen = can.editTarget && takesTargetsIn(unit, year)
    for (const ind of plan) {
      const fig = figures.current.get(ind.key)
      const last = figures.previous.get(ind.key)
      const row = sheet.getRow(r)
      row.values = [
        unit.code,
        unitFullName(unit),
        ind.key,
        `${ind.shortNameVi} (${ind.unitLabel})`,
        year,
        last?.actual ?? null,
        fig?.target ?? null,
        fig?.actual ?? null,
        fig?.note ?? null,
      ]
      for (const col of [6, 7, 8]) row.getCell(col).numFmt = '#,##0'
      const open: Record<number, boolean> = {
        7: targetsOpen && ind.takesTarget,
        8: can.editActual,
        9: can.editActual,
      }
      for (let col = 1; col <= 9; col += 1) {
        const cell = row.getCell(col)
        const editable = open[col] ?? false
        cell.protection = { locked: !editable }
        if (col >= 6) cell.fill = editable ? OPEN_FILL : LOCKED_FILL
        if (editable && col !== 9) cell.dataValidation = validation(ind)
      }
      // Keys as text, so "007" keeps its zeros.
      row.getCell(1).numFmt = '@'
      r += 1
    }
  }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: 9 } }
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
  })

  info.columns = [{ width: 14 }, { width: 10 }, { width: 18 }, { width: 12 }]
  info.addRow([TEMPLATE_MARK])
  info.getCell('A1').font = { bold: true, size: 14 }
  info.addRow(['Năm', year])
  info.addRow(['Tạo lúc', madeAt.toISOString()])
  info.addRow(['Người tải', user.displayName])
  info.addRow([
    'Các báo cáo dưới đây là bản mẫu này được lập từ. Khi tải lên, ô nào người khác đã sửa sau đó sẽ được báo để bạn quyết định.',
  ])
  info.addRow([])
  info.addRow(['Mã đơn vị', 'Năm', 'Trạng thái', 'Phiên bản'])
  info.lastRow?.eachCell((c) => (c.font = { bold: true }))
  for (const v of versions) info.addRow(v)
  await info.protect('', { selectLockedCells: true, selectUnlockedCells: true })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
