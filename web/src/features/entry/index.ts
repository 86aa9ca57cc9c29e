// What routes may use from the entry feature.
export { EntryHistoryView } from './components/entry-history-view.tsx'
export { EntryView } from './components/entry-view.tsx'
export { EntryStart } from './components/entry-start.tsx'
