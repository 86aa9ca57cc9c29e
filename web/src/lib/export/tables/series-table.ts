// One district's figures over the years as a download: one row per indicator and year.
import { DATA_BASIS_LABELS, type Indicator, type Series } from '@ldld/db/contracts'
import { asciiSlug, type ExportTable, type ExportValue } from '../table-model.ts'
import {
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
        ...figureCells(cell),
        changeCell(cell.yoy, cell.derivedFrom),
        ...provenanceCells(
          cell,
          series.sources,
          joinNotes([notesOf({ ...cell, changed: cell.yoy !== null }), cell.note]),
          DATA_BASIS_LABELS[series.basis],
        ),
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
      ...figureColumns(),
      column('So với năm trước (%)', 'decimal', 12),
      ...provenanceColumns(24),
    ],
    rows,
  }
}
