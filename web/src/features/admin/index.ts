// What routes may use from the admin feature.
export { AdminView } from './components/admin-view.tsx'
