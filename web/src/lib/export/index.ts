// Downloads: one table model written as CSV or Excel, the three tables the app offers, PNG of a
// node (lazy). The buttons are `components/export-buttons.tsx`; the print report is a feature.
export { downloadBlob } from './download.ts'
export { asciiSlug, type ExportTable } from './table-model.ts'
export { dashboardTable } from './tables/dashboard-table.ts'
export { rankingTable } from './tables/ranking-table.ts'
export { seriesTable } from './tables/series-table.ts'
