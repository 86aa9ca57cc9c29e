// What routes may use from the reports feature.
export { ReportsView } from './components/reports-view.tsx'
