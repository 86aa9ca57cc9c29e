// What the app shell may use from the import feature.
export { ImportView } from './components/import-view.tsx'
