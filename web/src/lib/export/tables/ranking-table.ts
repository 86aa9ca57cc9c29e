// The indicator page's ranking as a download, with the same columns the screen shows.
import { compareCodes, type Indicator, type Ranking } from '@ldld/db/contracts'
import { asciiSlug, type ExportTable, type ExportValue } from '../table-model.ts'
import {
  basisCell,
  basisSuffix,
  changeCell,
  column,
  figureCells,
  figureColumns,
  notesOf,
  provenanceCells,
  provenanceColumns,
  sheetName,
} from './shared.ts'

export function rankingTable(ranking: Ranking, indicator: Indicator): ExportTable {
  // Ranked by the actual alone, the table has no target, % or status.
  const figures = ranking.rankedBy === 'percent' ? 4 : 1
  const basis = basisCell(ranking.coverage)
  const rows = [...ranking.rows]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareCodes(a.unit, b.unit))
    .map((row): ExportValue[] => [
      row.rank,
      row.unit,
      row.name,
      ...figureCells(row).slice(0, figures),
      row.previousRank,
      changeCell(row.rankChange, row.derivedFrom),
      ...provenanceCells(
        row,
        ranking.sources,
        notesOf({ ...row, changed: row.rankChange !== null }, 'thay đổi hạng'),
        basis,
      ),
    ])
  return {
    fileName: asciiSlug(`xep-hang-${indicator.key}-${ranking.year}${basisSuffix(ranking.basis)}`),
    sheetName: sheetName(`Xếp hạng ${ranking.year}`),
    columns: [
      column('Hạng', 'integer', 7),
      column('Mã đơn vị', 'text', 10),
      column('Đơn vị', 'text', 24),
      ...figureColumns(indicator.unitLabel).slice(0, figures),
      column('Hạng năm trước', 'integer', 10),
      column('Thay đổi hạng (+ là tăng)', 'integer', 12),
      ...provenanceColumns(36),
    ],
    rows,
  }
}
