// One district's figures over the years as a download: one row per indicator and year.
import { DATA_BASIS_LABELS, STATUS_LABELS, type Indicator, type Series } from '@ldld/db/contracts'
import { asciiSlug, type ExportTable, type ExportValue } from '../table-model.ts'
import {
  BASIS_COLUMN,
  basisSuffix,
  changeCell,
  column,
  notesOf,
  reportStateText,
  sheetName,
  sourceText,
} from './shared.ts'

export function seriesTable(series: Series, catalogue: readonly Indicator[]): ExportTable {
  const rows: ExportValue[][] = []
  for (const indicator of catalogue) {
    const cells = series.cells
      .filter((cell) => cell.indicator === indicator.key)
      .sort((a, b) => a.year - b.year)
    for (const cell of cells) {
      rows.push([
        cell.year,
        indicator.nameVi,
        indicator.unitLabel,
        cell.actual,
        cell.target,
        cell.percent,
        STATUS_LABELS[cell.status],
        changeCell(cell.yoy, cell.derivedFrom),
        reportStateText(cell.report),
        sourceText(cell.sourceId, series.sources, cell.illustrative),
        [notesOf({ ...cell, changed: cell.yoy !== null }), cell.note]
          .filter((n): n is string => n !== null)
          .join('; ') || null,
        DATA_BASIS_LABELS[series.basis],
      ])
    }
  }
  return {
    fileName: asciiSlug(`so-lieu-${series.unit.code}-${series.unit.name}${basisSuffix(series.basis)}`),
    sheetName: sheetName(series.unit.name),
    columns: [
      column('Năm', 'year', 7),
      column('Chỉ tiêu', 'text', 44),
      column('Đơn vị tính', 'text', 12),
      column('Thực hiện', 'integer', 16),
      column('Chỉ tiêu giao', 'integer', 16),
      column('% đạt', 'decimal', 9),
      column('Trạng thái', 'text', 18),
      column('So với năm trước (%)', 'decimal', 12),
      column('Báo cáo', 'text', 16),
      column('Nguồn', 'text', 40),
      column('Ghi chú', 'text', 40),
      column(BASIS_COLUMN, 'text', 24),
    ],
    rows,
  }
}
