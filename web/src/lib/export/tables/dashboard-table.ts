// The overview's district × indicator table as a download: one row per district and indicator
// (plus the city totals), the "long" shape that filters and pivot tables in Excel work on.
import type { Dashboard, Indicator } from '@ldld/db/contracts'
import {
  changeBasisText,
  totalCoverageText,
  totalPendingTargetText,
  totalRestText,
} from '../../coverage-text.ts'
import { asciiSlug, type ExportTable, type ExportValue } from '../table-model.ts'
import {
  basisCell,
  basisSuffix,
  changeCell,
  column,
  figureCells,
  figureColumns,
  joinNotes,
  notesOf,
  provenanceCells,
  provenanceColumns,
  sheetName,
} from './shared.ts'

/** What the city rows add is said in their "Ghi chú" (the API's totals basis, with the year's groups). */
export const CITY_ROW_NAME = 'Toàn thành phố (cộng các đơn vị đã báo cáo)'

export function dashboardTable(dashboard: Dashboard, catalogue: readonly Indicator[]): ExportTable {
  const keys = new Set(dashboard.indicators)
  const indicators = catalogue.filter((indicator) => keys.has(indicator.key))
  const cells = new Map(dashboard.cells.map((cell) => [`${cell.unit}:${cell.indicator}`, cell]))
  const basis = basisCell(dashboard.coverage)
  const rows: ExportValue[][] = []
  for (const unit of dashboard.units) {
    for (const indicator of indicators) {
      const cell = cells.get(`${unit.code}:${indicator.key}`)
      rows.push([
        dashboard.year,
        unit.code,
        unit.name,
        indicator.nameVi,
        indicator.unitLabel,
        ...figureCells(cell),
        changeCell(cell?.yoy ?? null, cell?.derivedFrom),
        ...provenanceCells(
          cell,
          dashboard.sources,
          joinNotes([cell ? notesOf({ ...cell, changed: cell.yoy !== null }) : null, cell?.note ?? null]),
          basis,
        ),
      ])
    }
  }
  for (const indicator of indicators) {
    const total = dashboard.totals.find((t) => t.indicator === indicator.key)
    rows.push([
      dashboard.year,
      null,
      CITY_ROW_NAME,
      indicator.nameVi,
      indicator.unitLabel,
      ...figureCells(total),
      changeCell(total?.yoy ?? null, total?.derivedFrom),
      ...provenanceCells(
        undefined,
        dashboard.sources,
        total
          ? joinNotes([
              dashboard.totalsBasis.text,
              notesOf({ ...total, changed: total.yoy !== null }),
              totalRestText(total, indicator),
              totalCoverageText(total, dashboard.basis),
              totalPendingTargetText(total, indicator),
              changeCell(total.yoy, total.derivedFrom) !== null
                ? `thay đổi ${changeBasisText(total, dashboard.year)}`
                : null,
            ])
          : null,
        basis,
      ),
    ])
  }
  return {
    fileName: asciiSlug(`so-lieu-chi-tieu-${dashboard.year}${basisSuffix(dashboard.basis)}`),
    sheetName: sheetName(`Số liệu ${dashboard.year}`),
    columns: [
      column('Năm', 'year', 7),
      column('Mã đơn vị', 'text', 10),
      column('Đơn vị', 'text', 24),
      column('Chỉ tiêu', 'text', 44),
      column('Đơn vị tính', 'text', 12),
      ...figureColumns(),
      column('So với năm trước (%)', 'decimal', 12),
      ...provenanceColumns(36),
    ],
    rows,
  }
}
