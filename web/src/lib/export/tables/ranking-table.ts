// The indicator page's ranking as a download, with the same columns the screen shows.
import { STATUS_LABELS, type Indicator, type Ranking } from '@ldld/db/contracts'
import { asciiSlug, type ExportTable, type ExportValue } from '../table-model.ts'
import {
  BASIS_COLUMN,
  basisCell,
  basisSuffix,
  changeCell,
  column,
  notesOf,
  reportStateText,
  sheetName,
  sourceText,
} from './shared.ts'

export function rankingTable(ranking: Ranking, indicator: Indicator): ExportTable {
  const byPercent = ranking.rankedBy === 'percent'
  const basis = basisCell(ranking.coverage)
  const rows = [...ranking.rows]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.localeCompare(b.unit))
    .map((row): ExportValue[] => [
      row.rank,
      row.unit,
      row.name,
      row.actual,
      ...(byPercent ? [row.target, row.percent, STATUS_LABELS[row.status]] : []),
      row.previousRank,
      changeCell(row.rankChange, row.derivedFrom),
      reportStateText(row.report),
      sourceText(row.sourceId, ranking.sources, row.illustrative),
      notesOf({ ...row, changed: row.rankChange !== null }, 'thay đổi hạng'),
      basis,
    ])
  return {
    fileName: asciiSlug(`xep-hang-${indicator.key}-${ranking.year}${basisSuffix(ranking.basis)}`),
    sheetName: sheetName(`Xếp hạng ${ranking.year}`),
    columns: [
      column('Hạng', 'integer', 7),
      column('Mã đơn vị', 'text', 10),
      column('Đơn vị', 'text', 24),
      column(`Thực hiện (${indicator.unitLabel})`, 'integer', 18),
      ...(byPercent
        ? [
            column(`Chỉ tiêu giao (${indicator.unitLabel})`, 'integer', 18),
            column('% đạt', 'decimal', 9),
            column('Trạng thái', 'text', 18),
          ]
        : []),
      column('Hạng năm trước', 'integer', 10),
      column('Thay đổi hạng (+ là tăng)', 'integer', 12),
      column('Báo cáo', 'text', 16),
      column('Nguồn', 'text', 40),
      column('Ghi chú', 'text', 40),
      column(BASIS_COLUMN, 'text', 36),
    ],
    rows,
  }
}
