// What routes may use from the targets feature.
export { TargetsView } from './components/targets-view.tsx'
