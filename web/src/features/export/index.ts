// Downloads: one table model written as CSV or Excel, the three tables the app offers, PNG of a
// node (lazy), and the print report (a lazy route). Imports only the map feature.
import './export.css'
export { ExportButtons } from './components/export-buttons.tsx'
export { downloadBlob } from './download.ts'
export { asciiSlug, type ExportTable } from './table-model.ts'
export { dashboardTable } from './tables/dashboard-table.ts'
export { rankingTable } from './tables/ranking-table.ts'
export { seriesTable } from './tables/series-table.ts'
